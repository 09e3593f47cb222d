#pragma once

// The console's long-lived services: ONE struct, filled once by the composition root
// (app/application.cpp, Application::buildServices) and handed by reference to the window and
// to each feature's widgets, which take the pointers they need. Nothing else builds these
// objects: a second StatusHistory or Notes on the same store would be a second writer with
// its own signals, so every service here exists exactly once per running console.
//
// All pointers are owned by the Application; they outlive the window and every widget.
// A field may be null only where its comment says so.

namespace console {

class Assignments;
class AuditTrail;
class CredentialStore;
class DocumentRecords;
class Drafts;
class DraftKeyLoader;
class EmbeddedSandbox;
class EventsService;
class CurrentIdentity;
class IdentityTableModel;
class Notes;
class ProcessedEvents;
class ReasonCodes;
class RequestLedger;
class Session;
class Settings;
class SoftLocks;
class StatusHistory;
class StatusSnapshots;
class Store;

struct Services
{
    // Configuration and secrets.
    Settings *settings = nullptr;
    CredentialStore *credentials = nullptr;

    // The review record (core/record), one object per table.
    Store *store = nullptr;
    AuditTrail *audit = nullptr;
    StatusHistory *statusHistory = nullptr;
    // Records every identity the console loads as a status snapshot (cause: refresh).
    StatusSnapshots *snapshots = nullptr;
    Notes *notes = nullptr;
    ReasonCodes *reasonCodes = nullptr;
    Assignments *assignments = nullptr;
    SoftLocks *softLocks = nullptr;
    DocumentRecords *documentRecords = nullptr;
    ProcessedEvents *processedEvents = nullptr;
    RequestLedger *requestLedger = nullptr;
    Drafts *drafts = nullptr;
    // Reads the drafts' key from the keychain once at start.
    DraftKeyLoader *draftKeys = nullptr;

    // The connection and what is read through it. The sandbox object exists in every build;
    // it only starts where the build carries one (EmbeddedSandbox::isAvailable()).
    EmbeddedSandbox *sandbox = nullptr;
    Session *session = nullptr;
    IdentityTableModel *identities = nullptr;
    // The identity the reviewer looks at: selected → settled → loaded, and the one fetcher
    // of its parts (core/current).
    CurrentIdentity *current = nullptr;

    // Webhooks, the event follower, follow-ups and notifications (core/events).
    EventsService *events = nullptr;
};

} // namespace console
