#include "ui/events/webhooksettingsdialog.h"

#include "core/credentials/credentialstore.h"
#include "core/settings/settings.h"
#include "core/webhook/webhookreceiver.h"
#include "ui/widgets/labels.h"
#include "ui/widgets/statusbadge.h"
#include "ui/widgets/theme.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace console::ui {

WebhookSettingsDialog::WebhookSettingsDialog(Settings *settings, CredentialStore *credentials,
                                             const QString &credentialKey,
                                             const QString &environmentLabel, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_credentials(credentials)
    , m_credentialKey(credentialKey)
{
    setObjectName(u"webhookSettingsDialog"_s);
    setWindowTitle(tr("Webhook receiver"));
    auto *intro = new QLabel(
        tr("Paxos POSTs a notification for every event to the URL configured in its "
           "Dashboard (Developer → Webhooks). The console answers it and fetches the event. "
           "These settings apply to %1; in the local sandbox the console registers its own "
           "receiver.")
            .arg(environmentLabel),
        this);
    intro->setWordWrap(true);

    m_enabled = new QCheckBox(tr("Receive webhooks in this console"), this);
    m_enabled->setObjectName(u"webhookEnabled"_s);
    m_enabled->setChecked(settings->get<bool>(SettingKey::WebhookReceiverEnabled));
    m_address = new QLineEdit(settings->get<QString>(SettingKey::WebhookReceiverBindAddress), this);
    m_address->setObjectName(u"webhookBindAddress"_s);
    m_port = new QSpinBox(this);
    m_port->setObjectName(u"webhookPort"_s);
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("any free port"));
    m_port->setValue(settings->get<int>(SettingKey::WebhookReceiverPort));
    m_path = new QLineEdit(settings->get<QString>(SettingKey::WebhookReceiverPath), this);
    m_path->setObjectName(u"webhookPath"_s);
    m_header = new QLineEdit(settings->get<QString>(SettingKey::WebhookApiKeyHeader), this);
    m_header->setObjectName(u"webhookHeader"_s);
    m_key = new QLineEdit(this);
    m_key->setObjectName(u"webhookApiKey"_s);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("unchanged"));
    m_warning = new QLabel(this);
    m_warning->setObjectName(u"webhookExposedWarning"_s);
    m_warning->setWordWrap(true);
    setToneText(m_warning, Tone::Warning);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    setToneText(m_error, Tone::Negative);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(m_enabled);
    form->addRow(tr("Listen on"), m_address);
    form->addRow(QString(), m_warning);
    form->addRow(tr("Port"), m_port);
    form->addRow(tr("Path"), m_path);
    form->addRow(tr("API-key header"), m_header);
    form->addRow(tr("API key"), m_key);
    form->addRow(QString(),
                 mutedLabel(tr("Kept in the system keychain, never in settings."), this));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &WebhookSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_address, &QLineEdit::textChanged, this, &WebhookSettingsDialog::updateWarning);
    updateWarning();
    resize(560, sizeHint().height());
}

void WebhookSettingsDialog::updateWarning()
{
    const QHostAddress address(m_address->text().trimmed());
    if (address.isNull())
        m_warning->setText(tr("Not an IP address."));
    else if (!address.isLoopback())
        m_warning->setText(tr("Other machines can reach the receiver on this address. Only do "
                              "this behind a TLS-terminating proxy Paxos can reach."));
    else
        m_warning->clear();
    m_warning->setVisible(!m_warning->text().isEmpty());
}

void WebhookSettingsDialog::accept()
{
    const QHostAddress address(m_address->text().trimmed());
    if (address.isNull()) {
        m_error->setText(tr("Enter an IP address to listen on, e.g. 127.0.0.1."));
        m_error->show();
        return;
    }
    const QString path = WebhookReceiver::normalisedPath(m_path->text());
    if (path.contains(u' ') || path.contains(u'?') || path.contains(u'#')) {
        m_error->setText(tr("The path may not contain spaces, '?' or '#'."));
        m_error->show();
        return;
    }
    if (m_header->text().trimmed().isEmpty()) {
        m_error->setText(tr("Enter the header name configured in Paxos, e.g. X-Api-Key."));
        m_error->show();
        return;
    }
    m_settings->setValue(SettingKey::WebhookReceiverEnabled, m_enabled->isChecked());
    m_settings->setValue(SettingKey::WebhookReceiverBindAddress, address.toString());
    m_settings->setValue(SettingKey::WebhookReceiverPort, m_port->value());
    m_settings->setValue(SettingKey::WebhookReceiverPath, path);
    m_settings->setValue(SettingKey::WebhookApiKeyHeader, m_header->text().trimmed());
    if (!m_key->text().isEmpty() && m_credentials)
        m_credentials->write(m_credentialKey, m_key->text().toUtf8());
    m_key->clear();
    emit applied();
    QDialog::accept();
}

} // namespace console::ui
