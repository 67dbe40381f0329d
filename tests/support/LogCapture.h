#pragma once

#include <QLoggingCategory>
#include <QStringList>

namespace meshfed::test {

/// Captures every qDebug/qInfo/qWarning message while alive (and enables the given logging
/// rules), so tests can assert what was logged and what never was.
///
/// Usage: `LogCapture logs(u"meshfed.*=true"_s); ...; QVERIFY(!logs.text().contains(token));`
class LogCapture
{
public:
    explicit LogCapture(const QString& rules = QStringLiteral("meshfed.*=true"));
    ~LogCapture();
    LogCapture(const LogCapture&) = delete;
    LogCapture& operator=(const LogCapture&) = delete;

    QStringList messages() const;
    QString text() const { return messages().join(u'\n'); }
};

} // namespace meshfed::test
