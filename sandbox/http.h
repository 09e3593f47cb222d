#pragma once

#include "httpserver/message.h"
#include "httpserver/server.h"

#include <QHash>
#include <QString>

namespace sandbox {

// The sandbox speaks HTTP through cc_httpserver (../httpserver/README.md): strict parsing,
// limits before buffering, time-outs and a connection cap. Controllers see its requests and
// responses under these names.
using HttpRequest = httpserver::Request;
using HttpResponse = httpserver::Response;
using Responder = httpserver::Responder;
using httpserver::reasonPhrase;

// Form fields from application/x-www-form-urlencoded or multipart/form-data bodies.
// Returns false when the body cannot be parsed as the given media type.
bool parseFormBody(const HttpRequest &request, QHash<QString, QString> *fields);

} // namespace sandbox
