#include "core/writes/writeregistry.h"

using namespace Qt::StringLiterals;

namespace console {

namespace {

constexpr WriteOperation kWrites[] = {
    {"CreateIdentityJob"_L1, "CreateIdentity"_L1, AuditAction::IdentityCreate},
    // Also the KYC refresh (a delta of last_kyc_refresh_date alone).
    {"UpdateIdentityJob"_L1, "UpdateIdentity"_L1, AuditAction::IdentityUpdate},
    {"SetSandboxIdentityStatusJob"_L1, "SandboxSetIdentityStatus"_L1,
     AuditAction::SandboxStatusSet},
    // An upload is two steps (announce, then the bytes); either job alone, or both in one.
    {"RequestDocumentUploadJob"_L1, "DocumentUpload"_L1, AuditAction::DocumentUpload},
    {"UploadDocumentContentJob"_L1, "DocumentUploadContent"_L1, AuditAction::DocumentUpload},
    {"UploadDocumentJob"_L1, "UploadDocument"_L1, AuditAction::DocumentUpload},
    {"CreateIdentityControlJob"_L1, "CreateIdentityControl"_L1, AuditAction::ControlCreate},
    {"DeleteIdentityControlJob"_L1, "DeleteIdentityControl"_L1, AuditAction::ControlDelete},
    {"CreateAccountJob"_L1, "CreateAccount"_L1, AuditAction::AccountCreate},
    {"UpdateAccountJob"_L1, "UpdateAccount"_L1, AuditAction::AccountUpdate},
    {"AddAccountMembersJob"_L1, "AddAccountMembers"_L1, AuditAction::AccountMemberAdd},
    {"RemoveAccountMemberJob"_L1, "RemoveAccountMember"_L1, AuditAction::AccountMemberRemove},
    {"AddInstitutionMembersJob"_L1, "AddInstitutionMembers"_L1, AuditAction::InstitutionMemberAdd},
    {"RemoveInstitutionMemberJob"_L1, "RemoveInstitutionMember"_L1,
     AuditAction::InstitutionMemberRemove},
    // paxos-sandbox's admin API: not Paxos, but it changes the sandbox's identities. A
    // scenario is recorded as the sandbox status change it makes.
    {"SandboxAdminJob"_L1, "SandboxAdminScenario"_L1, AuditAction::SandboxStatusSet},
    {"SandboxAdminJob"_L1, "SandboxAdminSeed"_L1, AuditAction::SandboxSeed},
};

} // namespace

std::span<const WriteOperation> writeOperations()
{
    return kWrites;
}

std::optional<AuditAction> writeActionFor(const QString &operation)
{
    for (const auto &write : kWrites) {
        if (operation == write.operation)
            return write.action;
    }
    return std::nullopt;
}

} // namespace console
