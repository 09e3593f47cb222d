#include "ui/record/storesettingspage.h"

#include "core/credentials/credentialstore.h"
#include "core/settings/settings.h"
#include "ui/widgets/theme.h"
#include "ui_storesettingspage.h"

#include <QDir>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace console::ui {

StoreSettingsPage::StoreSettingsPage(Settings *settings, CredentialStore *credentials,
                                     QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::StoreSettingsPage>())
    , m_settings(settings)
    , m_credentials(credentials)
    , m_chooseSavePath(fileDialogSavePathChooser())
{
    m_ui->setupUi(this);
    setObjectName(u"storeSettingsPage"_s);
    m_ui->sqlitePathEdit->setAccessibleName(tr("SQLite file"));
    m_ui->sqlitePathEdit->setPlaceholderText(
        QDir::toNativeSeparators(StoreConfig::defaultSqlitePath()));
    for (QLabel *muted : {m_ui->restartNote, m_ui->passwordNote})
        setMutedText(muted);
    m_ui->passwordNote->setText(
        m_credentials->isPersistent()
            ? tr("Kept in %1, never in a settings file.").arg(m_credentials->backendName())
            : tr("No keychain is available: the password is kept for this session only."));

    connect(m_ui->sqliteRadio, &QRadioButton::toggled, this, &StoreSettingsPage::updateForm);
    connect(m_ui->passwordEdit, &QLineEdit::textEdited, this, [this] { m_passwordTyped = true; });
    connect(m_ui->testButton, &QPushButton::clicked, this, &StoreSettingsPage::testConnection);
    connect(m_ui->sqliteBrowseButton, &QPushButton::clicked, this, [this] {
        SaveRequest request;
        request.title = tr("Store file");
        request.suggestedPath =
            config().sqlitePath.isEmpty() ? StoreConfig::defaultSqlitePath() : config().sqlitePath;
        request.filter = tr("SQLite databases (*.sqlite *.db)");
        request.defaultSuffix = u"sqlite"_s;
        m_chooseSavePath(this, request, [this](const QString &path) {
            if (!path.isEmpty())
                m_ui->sqlitePathEdit->setText(QDir::toNativeSeparators(path));
        });
    });
    connect(&m_test, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_test.result();
        const bool ok = error.isEmpty();
        const QString text = ok ? tr("Connected: %1").arg(config().describe())
                                : tr("Could not connect: %1").arg(error);
        m_ui->testResult->setText(text);
        setToneText(m_ui->testResult, ok ? Tone::Positive : Tone::Negative);
        m_ui->testButton->setEnabled(true);
        emit testFinished(ok, text);
    });
    connect(m_credentials, &CredentialStore::readFinished, this,
            [this](const QString &key, const QByteArray &secret) {
                if (key != m_pendingReadKey)
                    return;
                m_pendingReadKey.clear();
                if (!m_passwordTyped)
                    m_ui->passwordEdit->setText(QString::fromUtf8(secret));
            });
    connect(m_credentials, &CredentialStore::writeFinished, this, [this](const QString &key) {
        if (key != m_pendingWriteKey)
            return;
        m_pendingWriteKey.clear();
        emit passwordStored(true, tr("The password is stored."));
    });
    connect(m_credentials, &CredentialStore::failed, this,
            [this](const QString &key, CredentialOperation op, CredentialError error,
                   const QString &message) {
                if (key == m_pendingReadKey) {
                    m_pendingReadKey.clear();
                    if (error != CredentialError::NotFound)
                        m_ui->passwordNote->setText(message);
                } else if (key == m_pendingWriteKey && op == CredentialOperation::Write) {
                    m_pendingWriteKey.clear();
                    emit passwordStored(false, message);
                }
            });
    load();
}

StoreSettingsPage::~StoreSettingsPage()
{
    // The worker holds only copies; wait so it does not outlive what it reports to.
    m_test.waitForFinished();
}

void StoreSettingsPage::load()
{
    const bool pg = m_settings->get<QString>(SettingKey::StoreBackend) == "postgresql"_L1;
    (pg ? m_ui->postgresRadio : m_ui->sqliteRadio)->setChecked(true);
    m_ui->sqlitePathEdit->setText(
        QDir::toNativeSeparators(m_settings->get<QString>(SettingKey::StoreSqlitePath)));
    m_ui->hostEdit->setText(m_settings->get<QString>(SettingKey::StorePgHost));
    m_ui->portSpin->setValue(m_settings->get<int>(SettingKey::StorePgPort) > 0
                                 ? m_settings->get<int>(SettingKey::StorePgPort)
                                 : 5432);
    m_ui->databaseEdit->setText(m_settings->get<QString>(SettingKey::StorePgDatabase));
    m_ui->userEdit->setText(m_settings->get<QString>(SettingKey::StorePgUser));
    m_ui->requireTlsCheck->setChecked(m_settings->get<bool>(SettingKey::StorePgRequireTls));
    m_ui->operatorEdit->setText(m_settings->get<QString>(SettingKey::OperatorName));
    m_ui->operatorEdit->setPlaceholderText(Operator::fromEnvironment().osUser);
    m_ui->passwordEdit->clear();
    m_passwordTyped = false;
    if (pg && validationMessage().isEmpty()) {
        m_pendingReadKey = passwordKey();
        m_credentials->read(m_pendingReadKey);
    }
    updateForm();
}

QString StoreSettingsPage::passwordKey() const
{
    const StoreConfig c = config();
    return credentialkeys::storePassword(c.host, c.port, c.database, c.user);
}

StoreConfig StoreSettingsPage::config() const
{
    if (m_ui->sqliteRadio->isChecked())
        return StoreConfig::sqlite(
            QDir::fromNativeSeparators(m_ui->sqlitePathEdit->text().trimmed()));
    StoreConfig c =
        StoreConfig::postgreSql(m_ui->hostEdit->text().trimmed(), m_ui->portSpin->value(),
                                m_ui->databaseEdit->text().trimmed(),
                                m_ui->userEdit->text().trimmed(), m_ui->passwordEdit->text());
    c.requireTls = m_ui->requireTlsCheck->isChecked();
    return c;
}

QString StoreSettingsPage::validationMessage() const
{
    if (m_ui->sqliteRadio->isChecked())
        return {};
    if (m_ui->hostEdit->text().trimmed().isEmpty())
        return tr("Enter the database server's host name.");
    if (m_ui->databaseEdit->text().trimmed().isEmpty())
        return tr("Enter the database name.");
    if (m_ui->userEdit->text().trimmed().isEmpty())
        return tr("Enter the database user.");
    return {};
}

QString StoreSettingsPage::operatorName() const
{
    return m_ui->operatorEdit->text().simplified();
}

QString StoreSettingsPage::testResult() const
{
    return m_ui->testResult->text();
}

bool StoreSettingsPage::isTesting() const
{
    return m_test.isRunning();
}

void StoreSettingsPage::updateForm()
{
    const bool sqlite = m_ui->sqliteRadio->isChecked();
    m_ui->sqliteBox->setEnabled(sqlite);
    m_ui->postgresBox->setEnabled(!sqlite);
    m_ui->restartNote->setText(
        sqlite ? tr("The console records to this file from its next start.")
               : tr("The console records to this database from its next start; if the server "
                    "cannot be reached then, it says so and records to the local file."));
}

void StoreSettingsPage::testConnection()
{
    if (isTesting())
        return;
    if (const QString missing = validationMessage(); !missing.isEmpty()) {
        m_ui->testResult->setText(missing);
        setToneText(m_ui->testResult, Tone::Negative);
        emit testFinished(false, missing);
        return;
    }
    StoreConfig c = config();
    if (c.backend == StoreBackend::Sqlite) {
        // Testing must not create a store where the user only looked: check the folder then.
        const QString path =
            c.sqlitePath.isEmpty() ? StoreConfig::defaultSqlitePath() : c.sqlitePath;
        const QFileInfo file(path);
        if (!file.exists()) {
            const QFileInfo dir(file.absolutePath());
            const bool ok = !dir.exists() || dir.isWritable();
            const QString text = ok
                ? tr("A new store will be created at %1.").arg(QDir::toNativeSeparators(path))
                : tr("The folder %1 cannot be written to.")
                      .arg(QDir::toNativeSeparators(dir.filePath()));
            m_ui->testResult->setText(text);
            setToneText(m_ui->testResult, ok ? Tone::Positive : Tone::Negative);
            emit testFinished(ok, text);
            return;
        }
    }
    m_ui->testButton->setEnabled(false);
    m_ui->testResult->setStyleSheet({});
    m_ui->testResult->setText(tr("Connecting…"));
    m_test.setFuture(QtConcurrent::run(&Store::probe, c));
}

bool StoreSettingsPage::apply()
{
    if (!validationMessage().isEmpty())
        return false;
    const StoreConfig c = config();
    const bool pg = c.backend == StoreBackend::PostgreSql;
    bool ok = m_settings->setValue(SettingKey::StoreBackend, pg ? u"postgresql"_s : u"sqlite"_s)
        && m_settings->setValue(SettingKey::OperatorName, operatorName());
    if (pg) {
        ok = ok && m_settings->setValue(SettingKey::StorePgHost, c.host)
            && m_settings->setValue(SettingKey::StorePgPort, c.port)
            && m_settings->setValue(SettingKey::StorePgDatabase, c.database)
            && m_settings->setValue(SettingKey::StorePgUser, c.user)
            && m_settings->setValue(SettingKey::StorePgRequireTls, c.requireTls);
        if (ok && m_passwordTyped) {
            m_pendingWriteKey = passwordKey();
            m_credentials->write(m_pendingWriteKey, c.password.toUtf8());
        }
    } else {
        ok = ok && m_settings->setValue(SettingKey::StoreSqlitePath, c.sqlitePath);
    }
    if (ok)
        emit applied();
    return ok;
}

} // namespace console::ui
