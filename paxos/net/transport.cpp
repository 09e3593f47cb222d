#include "paxos/net/transport.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace paxos::transport {

void applyRedirectPolicy(QNetworkRequest &request, bool carriesCredentials)
{
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         carriesCredentials ? QNetworkRequest::SameOriginRedirectPolicy
                                            : QNetworkRequest::NoLessSafeRedirectPolicy);
}

std::optional<QString> refusedRedirect(const QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const auto error = reply->error();
    const bool isRedirectStatus = status >= 300 && status < 400 && status != 304;
    if (error != QNetworkReply::InsecureRedirectError
        && error != QNetworkReply::TooManyRedirectsError
        && !(isRedirectStatus && reply->hasRawHeader("Location")))
        return std::nullopt;
    QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    if (target.isEmpty())
        target = QUrl::fromEncoded(reply->rawHeader("Location"));
    target = reply->url().resolved(target);
    const QString origin = target
                               .adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery
                                         | QUrl::RemoveFragment)
                               .toString();
    if (error == QNetworkReply::TooManyRedirectsError)
        return QCoreApplication::translate("paxos::Connection",
                                           "the server redirected the call too many times");
    return QCoreApplication::translate(
               "paxos::Connection",
               "the server redirected the call to %1 (HTTP %2), another scheme, host or port; "
               "redirects that leave the server are not followed, so no credential goes there")
        .arg(origin.isEmpty() ? u"?"_s : origin)
        .arg(status);
}

AttemptOutcome::Kind outcomeKind(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
        return AttemptOutcome::Kind::NotSent;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        // We never abort a reply except when cancelling, so a cancel here is the transfer
        // timeout firing.
        return AttemptOutcome::Kind::Timeout;
    default:
        return AttemptOutcome::Kind::NetworkError;
    }
}

} // namespace paxos::transport
