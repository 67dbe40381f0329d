#pragma once

#include "model/kube/Kubeconfig.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace meshfed {

/// What an exec credential plugin printed: a bearer token and/or a client certificate and key.
struct ExecCredential
{
    QString token;
    QByteArray clientCertificatePem;
    QByteArray clientKeyPem;
    QDateTime expiration; ///< invalid: valid until a 401 says otherwise

    bool isEmpty() const { return token.isEmpty() && clientCertificatePem.isEmpty(); }
    bool isValidAt(const QDateTime& now) const { return !expiration.isValid() || now < expiration; }
    friend bool operator==(const ExecCredential&, const ExecCredential&) = default;
};

/// The pure parts of the client-go exec protocol (api-fidelity §4): the KUBERNETES_EXEC_INFO
/// input, the ExecCredential output, and finding the executable.
///
/// Usage:
///     env.insert("KUBERNETES_EXEC_INFO", ExecProtocol::execInfo(context, interactive));
///     QString error; auto credential = ExecProtocol::parse(stdout, exec.apiVersion, &error);
class ExecProtocol
{
    Q_DECLARE_TR_FUNCTIONS(meshfed::ExecProtocol)

public:
    /// {"kind":"ExecCredential","apiVersion":<plugin's>,"spec":{"interactive":b[,"cluster":{...}]}};
    /// spec.cluster only with provideClusterInfo.
    static QByteArray execInfo(const ResolvedKubeContext& context, bool interactive);
    /// Decodes the plugin's stdout; nullopt with a translated *error when it is not a usable
    /// ExecCredential of `apiVersion`.
    static std::optional<ExecCredential> parse(const QByteArray& output, const QString& apiVersion, QString* error);
    /// The first executable `folder/command`, or empty.
    static QString findIn(const QString& command, const QStringList& folders);
    /// PATH split into folders (empty parts dropped).
    static QStringList pathFolders(const QString& path);
    /// kubectl's "exec: executable X not found" with where we looked and the installHint.
    static QString notFoundMessage(const QString& command, const QStringList& searched, const QString& installHint);
    /// stderr for a message: trimmed, at most `limit` characters, every occurrence of `secret` masked.
    static QString quoteStderr(const QByteArray& stderrText, const QString& secret = {}, qsizetype limit = 2000);
};

} // namespace meshfed
