#include "ui/session/connectiondialog.h"

#include "ui/widgets/labels.h"
#include "ui/widgets/theme.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Kind = paxos::Environment::Kind;

namespace console::ui {

namespace {
QString kindObjectName(Kind kind)
{
    return u"env_"_s + paxos::Environment::kindKey(kind);
}

// Scheme-less input becomes https; http is refused unless to this machine (the rule lives in
// paxos::Environment).
QUrl parseUrl(const QString &text, QString *error = nullptr)
{
    return paxos::Environment::fromUserInput(text, error);
}

// Production by destination: a Custom environment typed with a Paxos production host is
// Production too (paxos::Environment::isProduction()), so the dialog says so before connecting.
bool goesToProduction(Kind kind, const QString &tokenUrl, const QString &apiBase)
{
    if (kind != Kind::Custom)
        return kind == Kind::Production;
    return paxos::Environment::custom(parseUrl(tokenUrl), parseUrl(apiBase)).isProduction();
}
} // namespace

ConnectionDialog::ConnectionDialog(const ConnectionDefaults &defaults, QWidget *parent)
    : QDialog(parent)
    , m_defaults(defaults)
{
    setObjectName(u"connectionDialog"_s);
    setWindowTitle(tr("Switch Environment"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);

    auto *intro = new QLabel(tr("Choose where the console connects. Each environment has its "
                                "own identities and its own API credentials."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_kinds = new QButtonGroup(this);
    const struct
    {
        Kind kind;
        QString title;
        QString note;
    } options[] = {
        {Kind::LocalSandbox, tr("Local sandbox"),
         tr("Built in, runs on this computer. No account needed.")},
        {Kind::PaxosSandbox, tr("Paxos Sandbox"),
         tr("api.sandbox.paxos.com, with your sandbox API credentials.")},
        {Kind::Production, tr("Production"),
         tr("api.paxos.com: live customers. Changes ask for typed confirmation.")},
        {Kind::Custom, tr("Custom server"), tr("Any server, e.g. a sandbox on another machine.")},
    };
    for (const auto &option : options) {
        auto *radio = new QRadioButton(option.title, this);
        radio->setObjectName(kindObjectName(option.kind));
        radio->setToolTip(option.note);
        if (option.kind == Kind::LocalSandbox && !defaults.localSandboxAvailable)
            radio->setEnabled(false);
        m_kinds->addButton(radio, int(option.kind));
        layout->addWidget(radio);
        auto *note = new QLabel(option.note, this);
        note->setContentsMargins(24, 0, 0, 4);
        setMuted(note);
        layout->addWidget(note);
    }

    m_credentials = new QWidget(this);
    auto *form = new QFormLayout(m_credentials);
    form->setContentsMargins(0, 8, 0, 0);
    m_customBox = new QWidget(m_credentials);
    auto *customForm = new QFormLayout(m_customBox);
    customForm->setContentsMargins(0, 0, 0, 0);
    m_tokenUrl = new QLineEdit(defaults.customTokenUrl.toString(), m_customBox);
    m_tokenUrl->setObjectName(u"tokenUrlEdit"_s);
    m_tokenUrl->setPlaceholderText(u"https://oauth.example.com/oauth2/token"_s);
    m_apiBase = new QLineEdit(defaults.customApiBase.toString(), m_customBox);
    m_apiBase->setObjectName(u"apiBaseEdit"_s);
    m_apiBase->setPlaceholderText(u"https://api.example.com/v2"_s);
    customForm->addRow(tr("&Token URL"), m_tokenUrl);
    customForm->addRow(tr("API &base"), m_apiBase);
    form->addRow(m_customBox);
    m_clientId = new QLineEdit(m_credentials);
    m_clientId->setObjectName(u"clientIdEdit"_s);
    form->addRow(tr("Client &ID"), m_clientId);
    m_secret = new QLineEdit(m_credentials);
    m_secret->setObjectName(u"clientSecretEdit"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Client &secret"), m_secret);
    m_secretNote = new QLabel(m_credentials);
    m_secretNote->setWordWrap(true);
    form->addRow(QString(), m_secretNote);
    layout->addWidget(m_credentials);

    m_localNote = new QLabel(tr("The local sandbox uses its built-in demo client."), this);
    layout->addWidget(m_localNote);
    m_productionNote = new QLabel(this);
    m_productionNote->setObjectName(u"productionNote"_s);
    m_productionNote->setWordWrap(true);
    m_productionNote->setText(tr("You are about to work on live customer data. The window turns "
                                 "red, and every change asks you to type PRODUCTION first."));
    setToneBox(m_productionNote, Tone::Negative);
    layout->addWidget(m_productionNote);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"connectionProblem"_s);
    setToneText(m_problem, Tone::Negative);
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(this);
    auto *record = buttons->addButton(tr("Team &record database…"), QDialogButtonBox::ResetRole);
    record->setObjectName(u"recordSettingsButton"_s);
    record->setToolTip(tr("Where the audit trail, notes and status history are kept: a file on "
                          "this computer, or a PostgreSQL database the team shares"));
    record->setAutoDefault(false);
    connect(record, &QPushButton::clicked, this, &ConnectionDialog::recordSettingsRequested);
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(u"connectButton"_s);
    m_connect->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!validationMessage().isEmpty())
            return;
        emit connectRequested(choice());
        accept();
    });

    connect(m_kinds, &QButtonGroup::idToggled, this, [this](int id, bool on) {
        if (!on)
            return;
        Q_UNUSED(id)
        updateForm();
    });
    for (QLineEdit *edit : {m_tokenUrl, m_apiBase, m_clientId, m_secret})
        connect(edit, &QLineEdit::textChanged, this, [this] {
            m_typedIds[int(kind())] = m_clientId->text();
            const bool production = goesToProduction(kind(), m_tokenUrl->text(), m_apiBase->text());
            m_productionNote->setVisible(production);
            m_connect->setText(production ? tr("&Connect to Production") : tr("&Connect"));
            showSecretState();
            m_problem->setText(validationMessage());
            m_connect->setEnabled(validationMessage().isEmpty());
        });

    m_typedIds = defaults.clientIds;
    setKind(defaults.current);
    setMinimumWidth(480);
}

void ConnectionDialog::setKind(Kind kind)
{
    if (QAbstractButton *b = m_kinds->button(int(kind)))
        b->setChecked(true);
    updateForm();
}

Kind ConnectionDialog::kind() const
{
    const int id = m_kinds->checkedId();
    return id < 0 ? Kind::LocalSandbox : Kind(id);
}

void ConnectionDialog::updateForm()
{
    const Kind k = kind();
    const bool local = k == Kind::LocalSandbox;
    m_credentials->setVisible(!local);
    m_localNote->setVisible(local);
    m_customBox->setVisible(k == Kind::Custom);
    const bool production = goesToProduction(k, m_tokenUrl->text(), m_apiBase->text());
    m_productionNote->setVisible(production);
    {
        const QSignalBlocker block(m_clientId);
        m_clientId->setText(m_typedIds.value(int(k)));
    }
    m_secret->clear();
    showSecretState();
    m_secretNote->setText(m_defaults.keychainAvailable
                              ? tr("The secret is kept in the system keychain, never in a "
                                   "settings file.")
                              : tr("No system keychain is available: the secret is kept "
                                   "only until the console quits."));
    m_connect->setText(production ? tr("&Connect to Production") : tr("&Connect"));
    m_problem->setText(validationMessage());
    m_connect->setEnabled(validationMessage().isEmpty());
    adjustSize();
}

QString ConnectionDialog::validationMessage() const
{
    const Kind k = kind();
    if (k == Kind::LocalSandbox)
        return {};
    if (k == Kind::Custom) {
        QString why;
        if (!parseUrl(m_tokenUrl->text(), &why).isValid())
            return m_tokenUrl->text().trimmed().isEmpty() ? tr("Enter the token URL.")
                                                          : tr("Token URL: %1").arg(why);
        if (!parseUrl(m_apiBase->text(), &why).isValid())
            return m_apiBase->text().trimmed().isEmpty() ? tr("Enter the API base URL.")
                                                         : tr("API base: %1").arg(why);
    }
    if (m_clientId->text().trimmed().isEmpty())
        return tr("Enter the client ID.");
    if (m_secret->text().isEmpty() && !isSecretStored())
        return tr("Enter the client secret.");
    return {};
}

bool ConnectionDialog::isSecretStored() const
{
    const Kind k = kind();
    if (!m_defaults.secretStored.value(int(k), false)
        || m_clientId->text().trimmed() != m_defaults.clientIds.value(int(k)))
        return false;
    if (k != Kind::Custom)
        return true;
    // The keychain keeps a Custom secret under its URLs and client id (credentialkeys::
    // clientSecret): another URL has no stored secret, and the old one must not follow it.
    const auto typed =
        paxos::Environment::custom(parseUrl(m_tokenUrl->text()), parseUrl(m_apiBase->text()));
    const auto stored =
        paxos::Environment::custom(m_defaults.customTokenUrl, m_defaults.customApiBase);
    return typed.tokenUrl() == stored.tokenUrl() && typed.apiBase() == stored.apiBase();
}

void ConnectionDialog::showSecretState()
{
    m_secret->setPlaceholderText(isSecretStored()
                                     ? tr("Stored in the keychain; type to replace")
                                     : tr("Shown once when you created the credentials"));
}

ConnectionChoice ConnectionDialog::choice() const
{
    ConnectionChoice c;
    c.kind = kind();
    if (c.kind == Kind::Custom) {
        c.tokenUrl = parseUrl(m_tokenUrl->text());
        c.apiBase = parseUrl(m_apiBase->text());
    }
    if (c.kind != Kind::LocalSandbox) {
        c.clientId = m_clientId->text().trimmed();
        c.clientSecret = m_secret->text();
    }
    return c;
}

} // namespace console::ui
