#include "paxos/model/accountrules.h"

#include "paxos/model/enums.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace paxos {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("paxos::accountrules", text);
}

ValidationIssue error(const QString &path, const char *rule, const QString &message)
{
    return {path, QString::fromLatin1(rule), message, ValidationIssue::Severity::Error};
}

bool isBlank(const QJsonValue &v)
{
    return v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty());
}

void requireText(QList<ValidationIssue> &issues, const QJsonObject &obj, const QString &prefix,
                 const QString &key, const QString &label)
{
    const QJsonValue v = obj.value(key);
    if (isBlank(v))
        issues << error(prefix + key, "required", tr("%1 is required.").arg(label));
    else if (!v.isString())
        issues << error(prefix + key, "type", tr("%1 must be text.").arg(label));
}

void checkOptionalText(QList<ValidationIssue> &issues, const QJsonObject &obj,
                       const QString &prefix, const QString &key, const QString &label)
{
    const QJsonValue v = obj.value(key);
    if (!v.isUndefined() && !v.isNull() && !v.isString())
        issues << error(prefix + key, "type", tr("%1 must be text.").arg(label));
}

void checkMetadata(QList<ValidationIssue> &issues, const QJsonObject &obj, const QString &prefix)
{
    const QJsonValue v = obj.value("metadata"_L1);
    if (v.isUndefined() || v.isNull())
        return;
    bool ok = v.isObject();
    for (const QJsonValue &entry : v.toObject())
        ok = ok && entry.isString();
    if (!ok)
        issues << error(prefix + u"metadata"_s, "type",
                        tr("Metadata must be a set of text values by key."));
}

void checkBool(QList<ValidationIssue> &issues, const QJsonObject &obj, const QString &key,
               const QString &label)
{
    const QJsonValue v = obj.value(key);
    if (!v.isUndefined() && !v.isNull() && !v.isBool())
        issues << error(key, "type", tr("%1 must be true or false.").arg(label));
}

// One member's shape; `path` is e.g. "account.members[1]".
void checkMember(QList<ValidationIssue> &issues, const QJsonValue &value, const QString &path)
{
    if (!value.isObject()) {
        issues << error(path, "type", tr("A member must be an object."));
        return;
    }
    const QJsonObject member = value.toObject();
    if (member.contains("id"_L1))
        issues << error(path + u".id"_s, "read_only",
                        tr("Paxos gives each member its id; do not send one."));
    requireText(issues, member, path + u'.', u"identity_id"_s, tr("The member's identity"));
    const QJsonValue roles = member.value("roles"_L1);
    if (!roles.isArray() || roles.toArray().isEmpty()) {
        issues << error(path + u".roles"_s, "required",
                        tr("Choose at least one role for the member."));
        return;
    }
    const EnumTable &table = enums::accountMemberRole();
    for (const QJsonValue &role : roles.toArray()) {
        if (!role.isString() || !table.isCurrent(role.toString())) {
            issues << error(path + u".roles"_s, "enum",
                            tr("\"%1\" is not an account member role; the roles are %2.")
                                .arg(role.toString(), table.wires().join(u", "_s)));
            return;
        }
    }
}

// Checks a members list; `required` makes an absent or empty list an error.
void checkMembers(QList<ValidationIssue> &issues, const QJsonObject &obj, const QString &prefix,
                  bool required)
{
    const QString path = prefix + u"members"_s;
    const QJsonValue value = obj.value("members"_L1);
    if (value.isUndefined() || value.isNull()) {
        if (required)
            issues << error(path, "empty", tr("Add at least one member."));
        return;
    }
    if (!value.isArray()) {
        issues << error(path, "type", tr("Members must be a list."));
        return;
    }
    const QJsonArray members = value.toArray();
    if (required && members.isEmpty()) {
        issues << error(path, "empty", tr("Add at least one member."));
        return;
    }
    for (qsizetype n = 0; n < members.size(); ++n)
        checkMember(issues, members.at(n), path + u'[' + QString::number(n) + u']');
}

QString roleLabels(const QStringList &roles)
{
    QStringList labels;
    for (const QString &role : roles)
        labels << enums::accountMemberRole().label(role);
    return labels.join(u", "_s);
}

QSet<QString> roleSet(const QJsonArray &roles)
{
    QSet<QString> out;
    for (const QJsonValue &role : roles)
        out.insert(role.toString());
    return out;
}

// Update Account's members rule: compared per identity with the members as they are now,
// every role added or taken away must be FINANCIAL_ADVISOR or AUTHORIZED_USER.
void checkMemberChanges(QList<ValidationIssue> &issues, const QJsonArray &sent,
                        const QList<AccountMember> &current)
{
    const QStringList changeable = rolesChangeableByUpdate();
    QHash<QString, QSet<QString>> before;
    for (const AccountMember &member : current) {
        for (const QString &role : member.roles)
            before[member.identityId].insert(role);
    }
    QHash<QString, QSet<QString>> after;
    QHash<QString, qsizetype> indexOf;
    for (qsizetype n = 0; n < sent.size(); ++n) {
        const QJsonObject member = sent.at(n).toObject();
        const QString identityId = member.value("identity_id"_L1).toString();
        after[identityId].unite(roleSet(member.value("roles"_L1).toArray()));
        indexOf.insert(identityId, n);
    }
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        QStringList added;
        for (const QString &role : it.value()) {
            if (!before.value(it.key()).contains(role) && !changeable.contains(role))
                added << role;
        }
        if (!added.isEmpty()) {
            added.sort();
            issues << error(u"account.members["_s + QString::number(indexOf.value(it.key()))
                                + u"].roles"_s,
                            "members",
                            tr("Update Account can add only the Financial advisor and "
                               "Authorized user roles, not %1.")
                                .arg(roleLabels(added)));
        }
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        QStringList removed;
        for (const QString &role : it.value()) {
            if (!after.value(it.key()).contains(role) && !changeable.contains(role))
                removed << role;
        }
        if (!removed.isEmpty()) {
            removed.sort();
            issues << error(u"account.members"_s, "members",
                            tr("Update Account can remove only the Financial advisor and "
                               "Authorized user roles; keep %1 of identity %2 in the list.")
                                .arg(roleLabels(removed), it.key()));
        }
    }
}

} // namespace

QStringList createAccountFields()
{
    return {u"identity_id"_s, u"description"_s, u"metadata"_s,
            u"ref_id"_s,      u"members"_s,     u"type"_s};
}

QStringList rolesChangeableByUpdate()
{
    return {u"FINANCIAL_ADVISOR"_s, u"AUTHORIZED_USER"_s};
}

QJsonArray membersForUpdate(const QList<AccountMember> &members)
{
    QJsonArray out;
    for (const AccountMember &member : members) {
        out.append(QJsonObject{{u"identity_id"_s, member.identityId},
                               {u"roles"_s, QJsonArray::fromStringList(member.roles)}});
    }
    return out;
}

QList<ValidationIssue> validateCreateAccount(const QJsonObject &request)
{
    QList<ValidationIssue> issues;
    checkBool(issues, request, u"create_profile"_s, tr("Create a profile"));
    if (!request.value("account"_L1).isObject()) {
        issues << error(u"account"_s, "required", tr("The account is required."));
        return issues;
    }
    const QJsonObject account = request.value("account"_L1).toObject();
    const QString prefix = u"account."_s;
    const QStringList allowed = createAccountFields();
    QStringList keys = account.keys();
    keys.sort();
    for (const QString &key : std::as_const(keys)) {
        if (!allowed.contains(key)) {
            issues << error(prefix + key, "prohibited",
                            tr("Create Account does not take \"%1\"; an account carries only %2.")
                                .arg(key, allowed.join(u", "_s)));
        }
    }
    requireText(issues, account, prefix, u"identity_id"_s, tr("The owner identity"));
    checkOptionalText(issues, account, prefix, u"description"_s, tr("Description"));
    checkOptionalText(issues, account, prefix, u"ref_id"_s, tr("Reference ID"));
    checkMetadata(issues, account, prefix);
    const QJsonValue type = account.value("type"_L1);
    if (!type.isUndefined() && !type.isNull()
        && (!type.isString() || !enums::accountType().isCurrent(type.toString()))) {
        issues << error(prefix + u"type"_s, "enum",
                        tr("\"%1\" is not an account type; the types are %2.")
                            .arg(type.toString(), enums::accountType().wires().join(u", "_s)));
    }
    checkMembers(issues, account, prefix, false);
    return issues;
}

QList<ValidationIssue> validateUpdateAccount(const QJsonObject &request,
                                             const QList<AccountMember> *current)
{
    QList<ValidationIssue> issues;
    checkBool(issues, request, u"set_user_disabled"_s, tr("Disabled by you"));
    if (!request.value("account"_L1).isObject()) {
        issues << error(u"account"_s, "required", tr("The account is required."));
        return issues;
    }
    const QJsonObject account = request.value("account"_L1).toObject();
    const QString prefix = u"account."_s;
    requireText(issues, account, prefix, u"id"_s, tr("The account id"));
    checkOptionalText(issues, account, prefix, u"description"_s, tr("Description"));
    checkOptionalText(issues, account, prefix, u"ref_id"_s, tr("Reference ID"));
    checkMetadata(issues, account, prefix);
    const qsizetype before = issues.size();
    checkMembers(issues, account, prefix, false);
    if (current && issues.size() == before && account.value("members"_L1).isArray())
        checkMemberChanges(issues, account.value("members"_L1).toArray(), *current);
    return issues;
}

QList<ValidationIssue> validateAddAccountMembers(const QJsonObject &request)
{
    QList<ValidationIssue> issues;
    requireText(issues, request, {}, u"account_id"_s, tr("The account"));
    checkMembers(issues, request, {}, true);
    return issues;
}

} // namespace paxos
