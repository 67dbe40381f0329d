// The application icon is embedded as SVG and drawn through Qt's SVG plugins, which Qt loads at
// run time (Debian 12: libqt6svg6; Debian 13: qt6-svg-plugins). Without them the window has no icon
// and nothing fails at build time, so this test is what notices.
#include "model/AppInfo.h"

#include <QFile>
#include <QIcon>
#include <QImage>
#include <QImageReader>
#include <QPixmap>
#include <QTest>

using namespace Qt::StringLiterals;

class TestIcons : public QObject
{
    Q_OBJECT

private:
    static QString applicationIcon() { return u":/icons/"_s + meshfed::appInfo().applicationId + u".svg"_s; }

private Q_SLOTS:
    void applicationIconIsEmbedded() { QVERIFY(QFile::exists(applicationIcon())); }

    void svgImageFormatIsAvailable()
    {
        QVERIFY2(QImageReader::supportedImageFormats().contains("svg"),
            "the Qt SVG image-format plugin (imageformats/libqsvg.so) is not installed");
    }

    void applicationIconRenders()
    {
        const QIcon icon(applicationIcon());
        QVERIFY(!icon.isNull());
        const QImage image = icon.pixmap(QSize(64, 64)).toImage();
        QVERIFY2(!image.isNull(), "the application icon does not render");
        QCOMPARE(image.size(), QSize(64, 64));
        // The centre of the icon is drawn, not transparent.
        QVERIFY(qAlpha(image.pixel(32, 32)) > 0);
    }
};

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
