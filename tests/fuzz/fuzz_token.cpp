// Token endpoint answers (POST /oauth2/token).
#include "fuzzsupport.h"
#include "paxos/model/token.h"

using namespace paxos;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size > fuzz::kMaxInput)
        return 0;
    QString error;
    const auto token = TokenResponse::parse(fuzz::bytes(data, size), &error);
    if (token) {
        FUZZ_CHECK(!token->accessToken.isEmpty());
        (void)token->isBearer();
        (void)token->missingScopes(
            {QStringLiteral("identity:read_identity"), QStringLiteral("events:read_event")});
        const QJsonObject once = token->toJson();
        FUZZ_CHECK(TokenResponse::fromJson(once).toJson() == once);
    } else {
        FUZZ_CHECK(!error.isEmpty());
    }
    return 0;
}
