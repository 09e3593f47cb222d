<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>EvidenceExportDialog</name>
    <message>
        <source>Export evidence pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF report for a reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON bundle with the same content and the PDF&apos;s SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Include personal data (government id, date of birth, tax ids) unmasked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masked unless you include it. Including it is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Fields marked * are required by Paxos. Fields marked “best effort” should be sent when known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;iddle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationalit&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country o&amp;f birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professio&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residential address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address line &amp;1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address line &amp;2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cit&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State or pro&amp;vince</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ZIP or postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID &amp;type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID n&amp;umber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing c&amp;ountry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDV &amp;provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified &amp;at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DDThh:mm:ssZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set to the current time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDV &amp;record ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDV res&amp;ult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer due diligence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly &amp;income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpected transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of &amp;wealth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Em&amp;ployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ind&amp;ustry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net wort&amp;h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of fu&amp;nds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose of acc&amp;ount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax details are &amp;not legally required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;x IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxpayer ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference and metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a new unique reference ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>No connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreSettingsPage</name>
    <message>
        <source>Where the console keeps its record: audit trail, notes, status history, assignments. A team shares one PostgreSQL database so every reviewer sees the others&apos; work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name in the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown as the operator of every audit entry, note and assignment you make; your computer account is recorded beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;This computer only (SQLite file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with the &amp;team (PostgreSQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;ost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require an encrypted connection (&amp;TLS) to a server on another machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without TLS, reviewers&apos; notes, identity records and the database password cross the network readable by anyone on the way. A server on this machine is reached as it offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new location is used the next time the console starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paxos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The government ID could not be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government ID verification is not finished yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The business documents were rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business documents are missing or under review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening (sanctions, PEP, adverse media) found a match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening (sanctions, PEP, adverse media) is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paxos Compliance did not approve this identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paxos Compliance is reviewing this identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhanced due diligence was not passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhanced due diligence needs documents or is under review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk-awareness assessment was not passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk-awareness assessment is not complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The periodic KYC refresh is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A periodic KYC refresh is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax id (TIN) could not be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax id (TIN) is being verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One or more members could not be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One or more members have open requirements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting on Paxos; nothing to do unless it takes longer than a business day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the customer to confirm or update their details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the customer for the documents EDD needs, then upload them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the customer to complete the assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the customer for a new ID document and resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has to finish verifying their identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload the missing business documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the tax details and correct them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our team has to act on this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the institution&apos;s members to see who has to act.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by Paxos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can be lifted by us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only Paxos Support can lift it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under review: cannot transact yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved: full access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied: the identity cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled: restricted, can only sell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen for compliance reasons: cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID verification in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not verify the identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanctions check running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sanctions hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanctions hit: cannot proceed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible hit: manual review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEP and adverse-media screening running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business documents under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sanctions check found a match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sanctions check is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEP and adverse-media screening found a match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEP and adverse-media screening is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member of this institution is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member of this institution is being disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The risk rating did not allow approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paxos is rating the risk of this identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final: this check is why the identity was denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer awaited: the identity was denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paxos Compliance has to clear the freeze; nothing can be done here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paxos is reviewing the result; the decision follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in use while the identity is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error reported; Paxos documents no meaning for it here: ask Paxos Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown value %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paxos decides within about a business day; nothing to do unless it takes longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied: a final decision. The identity cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing reopens it. You can still add notes, export the evidence pack and tell the customer; if the decision looks wrong, ask Paxos Support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We set the control that disables it: lift it on the Controls tab to restore full access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only Paxos Support can lift the control that disables it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paxos Compliance has to clear the freeze; ask Paxos Support if it lasts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No status reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting on Paxos %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting on us %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting on the customer %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::ApiIdentityPageSource</name>
    <message>
        <source>No connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list of identities is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::CaseTaking</name>
    <message>
        <source>There is no audit trail to record the take in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The take could not be recorded in the audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No identity given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::ControlChanges</name>
    <message>
        <source>Adding the control…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The control was not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a %1 control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the control…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The control was not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the %1 control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The control was not added: changes cannot be sent from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The control was not deleted: changes cannot be sent from here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::CsvExporter</name>
    <message>
        <source>An export is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting is not possible: there is no audit trail to record it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list was closed during the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was not saved: the audit trail cannot record it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no audit trail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::DocumentUploader</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An upload is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No identity chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one document type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: changes cannot be sent from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not uploaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::EmbeddedSandbox</name>
    <message>
        <source>Cannot create the sandbox data folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build of the console has no embedded sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::EventBackfill</name>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::EventNotifier</name>
    <message>
        <source>Identity approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity %1 was approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity %1 was denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity %1 was disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paxos needs documents for identity %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paxos needs documents for identity %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::EventProcessor</name>
    <message>
        <source>Not connected: the event could not be fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get Event failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store refused the event: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event was applied, but the local store could not note it: %1. It will be applied again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: the identity could not be refreshed. The event will be applied once connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity could not be refreshed: %1. The event will be applied again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity could not be recorded: %1. The event will be applied again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::EventRecord</name>
    <message>
        <source>Fetching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processed earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook + follower</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::EventsModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::EventsService</name>
    <message>
        <source>No webhook API key is stored for this environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook receiver off for this environment; the follower polls for events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credential store for the webhook API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook receiver listens on %1, reachable from other machines. Keep the API key secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks: receiving at %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (registered with the local sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks: not receiving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follower: polling List Events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follower: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follower: off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::EvidencePack</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence pack · Compliance Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. The console has no record of when the decision was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision yet: the identity is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown in full at the request of the person who exported this pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masked: government ids, dates of birth and tax ids are partly hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF comes with a JSON bundle of the same content (format %1, version %2) that records the PDF&apos;s SHA-256, so the pair can be checked for changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix A: identity record as returned by Paxos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix B: calls the console made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paxos lists no outstanding requirement for this identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paxos lists one outstanding requirement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paxos lists %1 outstanding requirements:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console recorded no change to the requirements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the requirements changed, as the console saw them (newest first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened to this identity, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened to this identity, newest first. The call the console made is listed in Appendix B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened to this identity, newest first. The %1 calls the console made are listed in Appendix B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document is on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents on file. A SHA-256 is known for the files uploaded from this console; compare it with the file to show it is the one that was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known: not uploaded from this console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still required:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No note was written about this identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written (UTC), by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No control was ever placed on this identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No control is in force now; the removed ones are listed for the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One control is in force now; removed ones are listed for the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 controls are in force now; removed ones are listed for the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every field of Get Identity at the time of export, one row per field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console made no call about this identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One call about this identity, with the request id Paxos returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls about this identity, with the request id Paxos returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC), by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the PDF and the JSON bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence pack %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 UTC — page %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::FollowUp</name>
    <message>
        <source>KYC refresh due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KYC refresh overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KYC refresh expired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::FollowUpFilter</name>
    <message>
        <source>All identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open EDD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KYC refresh due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KYC refresh overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KYC refresh expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::IdentityAccounts</name>
    <message>
        <source>The accounts could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The members were added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The members were not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an account member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member was not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this client may not read profiles (Paxos scope funding:read_profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paxos knows no such profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::IdentityFetcher</name>
    <message>
        <source>No connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::IdentityPager</name>
    <message>
        <source>the server returned the same page cursor twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::IdentityRow</name>
    <message>
        <source>Member %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::IdentityTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ref_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requirement or control that holds this identity back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has to do something next: Paxos, us, or the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time since the identity was created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent no name for this identity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::InstitutionReview</name>
    <message>
        <source>Could not read this member: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paxos is waiting on the institution&apos;s members: each must be approved before the institution can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paxos verifies the institution&apos;s documents (formation documents, proof of address, ownership structure). Upload them on the Documents tab if they have not been sent; then Paxos reviews them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The institution&apos;s documents were not accepted: upload corrected documents on the Documents tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the member from here (Add member).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is not approved yet: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::LedgerRecorder</name>
    <message>
        <source>A call could not be kept in the request ledger: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::Session</name>
    <message>
        <source>No connection to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 is lost: the console is read-only until it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paxos Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::StatusSnapshots</name>
    <message>
        <source>The status history could not be updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::WebhookReceiver</name>
    <message>
        <source>Set the webhook API key first: Paxos sends it with every notification, and without it anyone could post events to the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the name of the API-key header configured in Paxos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook path may not contain spaces, &apos;?&apos; or &apos;#&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is larger than a notification can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid HTTP request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook receiver cannot listen on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address or port is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No webhook at this path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications are POSTed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API-key header is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key is not the one configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a Paxos event notification: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::dashboard</name>
    <message>
        <source>Nothing (with Paxos)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not seen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date of a period&apos;s end</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0–1h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–24h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–3d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3–7d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7–14d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>14–30d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30+d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median (minutes; -1: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided before the console saw it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::onboarding</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::onboarding::DuplicateCipWorkflow</name>
    <message>
        <source>Declined a new customer whose government ID matches this identity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create account on existing identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes cannot be sent from here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::onboarding::InstitutionMembers</name>
    <message>
        <source>Not sent: no write gate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n institution members</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1 from the institution</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::onboarding::InstitutionSubmission</name>
    <message>
        <source>Not sent: no write gate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create institution identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update institution identity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::onboarding::PersonSubmission</name>
    <message>
        <source>Create person identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm KYC refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update person identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: changes cannot be sent from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::onboarding::SandboxOutcomes</name>
    <message>
        <source>Screening passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID verification, sanctions and additional screening become Approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanctions hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanctions screening is denied; the identity is Denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible sanctions hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanctions screening needs manual review; the identity stays Pending until a status is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID verification outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID verification becomes Pending; so does the identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhanced due diligence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paxos asks for proof of funds and proof of residency; approved once both are uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KYC refresh due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 30-day KYC refresh window opens; confirm it with a KYC refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KYC refresh expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh expires: Paxos adds a sell-only control and the identity is Disabled until a KYC refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paxos sets a dormancy control; the identity is Disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen by Paxos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paxos freezes the identity for a compliance investigation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox statuses can only be set in a sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario triggers exist only in the local sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo identities can only be added to the local sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set sandbox status (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the sandbox scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n demo identities</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes cannot be sent from here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::ui::AboutDialog</name>
    <message>
        <source>About Compliance Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Compliance Console %1&lt;/h2&gt;&lt;p&gt;Review and onboard identities through the Paxos v2 Identity API.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Client secrets are kept in the system keychain; revealing a customer&apos;s government id or date of birth is recorded in the audit trail.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::ui::AccountDialog</name>
    <message>
        <source>Update account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner identity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reference; Paxos refuses a second account with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also create a &amp;profile to hold the account&apos;s balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile can only be created with the account; it cannot be added later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (a profile can only be created with the account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members besides the owner. Paxos lets an update add or remove only financial advisors and authorized users; a beneficial owner stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members besides the owner, who is the account&apos;s primary owner for tax purposes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paxos does not let Update Account add or remove this role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the person by name, ref_id or id; tick the roles in the table.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::ui::AccountsIntegration</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::ui::AccountsPanel</name>
    <message>
        <source>Account / member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type / roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &amp;member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an identity to see its accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This identity has no account yet. An approved identity needs one to hold balances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled by Paxos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: a profile can only be created with the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove account member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 (%2) from the account?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal (created by the platform)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (made by Paxos)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (could not be read: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (reading…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find and choose the person to add.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::ui::AssignDialog</name>
    <message>
        <source>Assign identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer&apos;s operator name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign &amp;to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::ui::AuditTrailTableModel</name>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::ui::AuditTrailView</name>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute every entry&apos;s hash and report the first broken link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the entries that match the filters to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;perator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by identity id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries from a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries before a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry to see what was done, by whom, and its link in the chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of the last check or export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no operator name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(signed in to the computer as %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no call to Paxos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fields were recorded with this entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link in the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: the first entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain check found this entry altered or out of place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail could not be counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 — %2 by %3 on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, identity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain is intact: %1 entries checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain is broken at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be recorded in the audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::ui::AuditTrailWindow</name>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::ui::ConnectionDialog</name>
    <message>
        <source>Switch Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the console connects. Each environment has its own identities and its own API credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built in, runs on this computer. No account needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paxos Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>api.sandbox.paxos.com, with your sandbox API credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>api.paxos.com: live customers. Changes ask for typed confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any server, e.g. a sandbox on another machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox uses its built-in demo client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are about to work on live customer data. The window turns red, and every change asks you to type PRODUCTION first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team &amp;record database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the audit trail, notes and status history are kept: a file on this computer, or a PostgreSQL database the team shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown once when you created the credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is kept in the system keychain, never in a settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available: the secret is kept only until the console quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the token URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API base: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::ui::ConnectionIndicator</name>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting local sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>· token valid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>· token expired, renewed on next call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>· Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::ui::ControlsPanel</name>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is lifted (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. no activity for 24 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The controls could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading controls…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paxos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by Paxos. Only Paxos can lift it; contact Paxos support with the reason code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This control is not overridable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an identity to see its controls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No controls: nothing restricts this identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls set by Paxos (compliance holds, KYC expiry) cannot be deleted from the console; Paxos lifts them when the cause is resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client-set controls can be deleted; the identity&apos;s status follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls set by Paxos, non-overridable or already deleted controls cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer can then only sell and hold what they have: no buying, no new deposit addresses, no crypto withdrawals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity becomes Disabled at once: the customer keeps their assets but can start no new transactions until the control is lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s identity is closed: they can do nothing with it until the control is lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s identity is frozen: they cannot transact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This restricts what the customer can do until the control is lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 restriction ends for the customer: unless another control or the identity&apos;s status still restricts them, they can buy, deposit and withdraw again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a %1 control to this identity?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift a control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift the %1 control on this identity?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::ui::CopyableField</name>
    <message>
        <source>Copy to clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::ui::DashboardFilter</name>
    <message>
        <source>Dashboard: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::ui::DashboardIntegration</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::ui::DashboardView</name>
    <message>
        <source>Age &amp;limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending identities older than this are over the team&apos;s limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending by age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What pending identities wait on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who must act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a bar to show those identities in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n identities in the queue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n over the %1-day limit</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Over time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per week, 12 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per day, 14 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status over time: period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents requested and received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open identities by reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All identities in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Days since creation; red: over the %n-day limit</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Status at each date, from the status history (not seen yet: changed since, nothing recorded before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Median %1 (%n decision(s) seen happen)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No decision seen happen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n decided before first seen (not counted)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The requirement or control that holds each back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose move it is on each pending identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documents asked for (no open enhanced due diligence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for in open EDD; received: the console uploaded one of that type</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not yet approved, denied or disabled; %n with nobody assigned</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>console::ui::DraftsDialog</name>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no local store, so there are no drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable (saved without a keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms you started in this environment and did not send. They are kept encrypted in the local store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::ui::DuplicateCipIdDialog</name>
    <message>
        <source>Government ID already onboarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paxos already holds an identity with this government ID (same number, type and country), so it did not create a new one. Compare the two below. If they are different people, decline this customer. If it is the same person, open a new account on the existing identity instead of a second identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Different person: decline this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Same person: open a new account on the existing identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this customer is declined (recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a &amp;profile (balances) with the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open existing identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brokerage account for %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government ID type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government ID country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the existing identity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing identity %1 loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 opened on the existing identity. The decision is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer is declined. The decision and its reason are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decline customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reason first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden: the look could not be recorded (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::ui::EddChecklistWidget</name>
    <message>
        <source>Choose the document to upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The documents could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EDD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EDD open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paxos needs documents before it decides. Upload each one below; the checklist closes when Paxos approves or denies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open EDD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paxos has not asked for documents, or has decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a document type the console knows; it is shown as Paxos sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload as %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload another…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paxos lists no pending documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending at Paxos: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not uploaded here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading and hashing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uploaded (SHA-256 %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paxos reviews the institution&apos;s business documents before it decides. Upload them below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::ui::EnvironmentBanner</name>
    <message>
        <source>Switch environment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live customer data: every change asks for confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · live customer data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::ui::EventsIntegration</name>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identities with follow-up work: open enhanced due diligence or a KYC refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync events now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fetch events since…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply older events too: the follower reaches back one day when it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Webhook receiver…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop &amp;notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events are being fetched already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch Events Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every event since this time is fetched and applied: status history, timelines and follow-ups catch up. Events applied before are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching events since %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) fetched…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetched %n event(s); the ones not applied before are being applied.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped fetching events after %n event(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Events could not be fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::ui::EventsView</name>
    <message>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By follower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event or identity id, type…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Paxos for events now instead of waiting for the next poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event to see it as Paxos sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Events are not being received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All event types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::ui::EvidenceExportDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence pack for identity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence pack for &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this value: it shows later that the PDF is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the evidence pack as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the evidence pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save evidence pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be created; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temporary folder could be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the evidence pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence pack was written. The PDF&apos;s SHA-256, also recorded in the audit trail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence pack was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence pack could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be recorded in the audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::ui::FilterBar</name>
    <message>
        <source>Search name, ref_id, id or cip_id’s last digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::ui::IdentityDetailPane</name>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is happening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As cURL (secrets are placeholders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as cURL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cURL command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ref_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No identity selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an identity in the queue to see what is happening with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading identity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load this identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developer codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the error codes the API returns, for developers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing outstanding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requirements reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who must act: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No controls in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification checks (legacy sub-statuses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sanctions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled by us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes (legacy user_disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled by Paxos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes (legacy admin_disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reported by the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal cip_id and birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revealing is recorded in the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government id (cip_id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id type / country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity verification (IDV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No address on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent no person or institution details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer due diligence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of wealth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net worth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose of account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No due-diligence answers on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax id (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIN status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax details required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tax details on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last KYC refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No metadata.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::ui::ImportDialog</name>
    <message>
        <source>Import persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reveal could not be recorded, so the value stays hidden: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file (with a header row) or a JSON Lines file (.jsonl) of persons. Columns named like the API&apos;s fields (first_name, person_details.address.city, cdd.source_of_wealth …) are recognised; you map the others next. Nothing is sent before you have seen every row checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons (*.csv *.jsonl *.ndjson);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Include selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another identity already holds the government ID of these rows. Compare each with the existing identity and decide: decline the customer, or open an account on the existing identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare and decide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save report as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s). The columns are mapped as last time for files with these columns.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s). Columns named like the API&apos;s fields are mapped; choose a field for the others, or leave them out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to send: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · need a fix: %1 (the marked cells: select one to see its problem, double-click to fix it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send %1 to Paxos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: calls already sent finish; Resume sends the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already imported before (nothing new created)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate government ID (the report names the identity that holds it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>need a fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: government ID held by identity %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows refused for a duplicate government ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — account %2 opened on the existing identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — customer declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — customer declined (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be updated: %1; use Save report as….</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::ui::ImportIntegration</name>
    <message>
        <source>&amp;Import persons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create person identities from a CSV or JSON Lines file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::ui::ImportPreviewModel</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::ui::InstitutionDialog</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New institution identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quest JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;ks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill with Sandbox &amp;example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The institution of Paxos&apos;s institution guide (Foogle), completed as the required-details grid asks, with a fresh EIN; the members you chose stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts are off (no local store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was created. Status: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paxos reviews an institution&apos;s business documents before it is approved: upload them from the Documents tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n members added.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Member removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The members were not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every documented rule is met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was created and joins as a member: choose the roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated. Status: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had already been created by an earlier attempt. Status: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paxos already has an identity with this registration number (identity %1). Paxos&apos;s guide: refuse the institution, or, if it is the same one, open another account on that identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already used by identity %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference ID already belongs to identity %1: generate a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending was stopped. If it had reached Paxos, sending again finds the institution it created (same reference ID) instead of creating another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paxos refused the request; see the field marked below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paxos refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1 Sending again is safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::ui::InstitutionForm</name>
    <message>
        <source>— Choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (prohibited by Paxos)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2021-04-14T00:00:00Z (a date alone is taken as midnight UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact and business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incorporation address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulation and trading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer due diligence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax details not required (non-US)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;existing person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percent, e.g. 60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. CEO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— Not said —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members are existing persons. A trust needs a grantor, trustee or beneficiary. Roles for a trust: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members are existing persons. Choose the type first: the roles depend on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members are existing persons. Paxos typically needs a beneficial owner (25% or more, with the ownership) and a management control person. Roles: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required for this kind of institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more to fix)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>console::ui::InstitutionIntegration</name>
    <message>
        <source>New &amp;institution…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboard a company, trust, fund or partnership with its members: a form checked against Paxos&apos;s institution rules, sent as Create Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft&apos;s institution could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::ui::InstitutionMemberPicker</name>
    <message>
        <source>Add a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percent, e.g. 60 (beneficial owners)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::ui::InstitutionReviewIntegration</name>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::ui::InstitutionReviewPanel</name>
    <message>
        <source>Institution / member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies, trusts and funds are reviewed here with their members. Select an institution in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who acts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No institution is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove institution member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 (%2) from %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent, e.g. 25 (beneficial owners)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ownership:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find and choose the person to add.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::ui::KeyringExplanationDialog</name>
    <message>
        <source>Your keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Your desktop will ask you to create a keyring&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Your desktop will ask for your keyring&apos;s password&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance Console keeps secrets in your desktop&apos;s keyring, and this account has none yet. Next, a window of your desktop (not of the console) asks for a password to protect a new keyring; you will type it again when the keyring is locked, usually once after you log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance Console keeps secrets in your desktop&apos;s keyring, which is locked. Next, a window of your desktop (not of the console) asks for the keyring&apos;s password, usually the one you log in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is kept there: the API client secret of each Paxos environment you connect to, the team database&apos;s password, and the key that seals your unsent drafts. None of them is ever written to disk or to the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you do not unlock it now, secrets are kept in memory until you quit: you type them again next time, and drafts saved in this session cannot be reopened after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue to the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not now: keep secrets in memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you chose not to unlock the keyring in this session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::ui::LoadAllControl</name>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop loading; what is loaded stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load every identity that matches the filters, so sorting and the quick search cover all of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loaded…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::ui::MainActions</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the queue from the server (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Loaded Identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected identity in the detail pane (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Shown Rows to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;olumns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch &amp;Environment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;veal Sensitive Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show cip_id and date of birth (the reveal is recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Identity &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Last Call as c&amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Detail Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Compliance Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::ui::MainWindow</name>
    <message>
        <source>Compliance Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue refreshed: %1 updated, %2 new, %3 no longer match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;all identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance Console — PRODUCTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance Console — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: connection lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reveal could not be recorded, so the fields stay hidden: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive fields revealed; recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied identity id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call to copy yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the call as a cURL command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are still being sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) sent to Paxos have not been answered yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Wait, and the console quits once they are answered and recorded. Quit now, and they are recorded as unknown: Paxos may or may not have applied them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait, then quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quitting once the changes in flight are answered…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not everything is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay to save it, or copy it to the clipboard before quitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit and lose it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::ui::MyIdentitiesFilter</name>
    <message>
        <source>&amp;My identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the identities assigned to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My identities (assignments unreadable: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::ui::NextCase</name>
    <message>
        <source>&amp;Next case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the oldest pending identity nobody holds, among the rows the queue shows, and open it (Ctrl+J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No next case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue shows no identities with the filters in use. Clear or change the filters to find a case to take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>None of the %n identities the queue shows is pending, so there is no case to take with the filters in use.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Next case failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No identity was taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record did not say why</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n pending identities the queue shows are assigned or open in another reviewer&apos;s console: there is no case nobody holds.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next case taken; %n other(s) went to another reviewer first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Next case taken and opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::ui::NotesPanel</name>
    <message>
        <source>Edit &amp;codes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you saw, what you decided to look at next, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the note (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason codes could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason code %1, written by %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes on this identity yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note was saved but could not be recorded in the audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note is not saved yet: add it to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity %1, reason %2:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record did not say why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team database cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note was not saved: %1. It is kept: add it again to retry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::ui::OnboardingIntegration</name>
    <message>
        <source>&amp;New person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboard a person: a checked form, sent as Create Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit identity or confirm KYC refresh…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected identity (only changed fields are sent) or confirm its KYC refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox &amp;outcomes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set sandbox sub-statuses and scenarios for the selected identity (not in Production)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drafts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forms saved as you typed them, to continue or discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;demo identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n Demo Identities</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fill the local sandbox with %n realistic identities in every status</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Demo identities can only be added to the local sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding demo identities to the local sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo identities to the local sandbox (%1 in all).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No demo identities were added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox outcomes — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft&apos;s identity could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edit form shows the government ID and date of birth in full, and that look could not be recorded in the audit trail, so the form stays closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::ui::PersonDialog</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change of name, date of birth, address or government ID can make Paxos screen this person again; the status may change and transacting may pause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quest JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill with Sandbox &amp;example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person from Paxos&apos;s “Onboard a Person” guide, which the sandbox approves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm &amp;KYC refresh (no changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer confirmed nothing changed: sends only last_kyc_refresh_date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was created. Status: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts are off (no local store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paxos offers no way to empty %1; it stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated. Status: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had already been created by an earlier attempt. Status: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paxos already has an identity with this government ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare and decide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference ID %1 already belongs to another identity. Reference IDs must be unique: generate a new one, or open the existing identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open existing identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already used by identity %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending was stopped. If it had reached Paxos, sending again finds the identity it created (same reference ID) instead of creating another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paxos refused the request; see the field marked below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paxos refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1 Sending again is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::ui::PersonForm</name>
    <message>
        <source>— Choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (prohibited by Paxos)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a country name or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required by Paxos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (best effort)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best effort: send it when you know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed under Paxos Trust licensing; accepted when sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot send yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cannot send yet: %1 (and %n more problem(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>console::ui::PersonSearchBox</name>
    <message>
        <source>Name, ref_id or identity id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No person matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons found: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::ui::QueueExport</name>
    <message>
        <source>Export to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export: no identities are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting identities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n identities to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>console::ui::QueueStatus</name>
    <message>
        <source>Nothing loaded matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The search covers the %n identities loaded so far. Clear it, or narrow the filters to load the rest.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The search covers all %n identities that match the filters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Loading identities…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No identities match these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change or clear the filters (Ctrl+Shift+L).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No identities yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboard a person with Identity → New person (Ctrl+N), or fill this local sandbox with demo identities in every status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identities created through the API appear here. Onboard a person with Identity → New person (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loaded, more on scroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n identities</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::ui::QueueTableView</name>
    <message>
        <source>Sorting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::ui::ReasonCodeEditor</name>
    <message>
        <source>Reason codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons a note can be written for. Codes that are no longer used are retired rather than deleted, so older notes keep their meaning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected code the label typed below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (retired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code is 1 to 40 letters, digits or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the code a label.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::ui::ReviewRecordController</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;evidence pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence pack could not be prepared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record: local file (team store unavailable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record: team database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record: local file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team database %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record settings saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console records to %1 from its next start. Restart it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record settings saved; the new location is used from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarting once the password is stored…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) could not be saved yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Record: team database unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database %1 cannot be reached: %2
Nothing is saved or sent until it answers again; the console keeps trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::ui::SandboxOutcomesPanel</name>
    <message>
        <source>Leave as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox sub-statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sanctions screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Additional screening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set s&amp;tatuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local sandbox scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sce&amp;nario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. The identity is reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox outcomes are not available in Production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario triggers exist only in the local sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one status to set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting statuses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running scenario…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::ui::SavedViewsControl</name>
    <message>
        <source>Saved view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to a saved view of the queue: its filters, sort and columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save current view as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views ▾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved view actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save, overwrite, rename or delete saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved vie&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved vie&amp;ws</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overwrite “%1” with the current view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overwrite the saved view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename the saved view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete the saved view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view “%1” is no longer saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view “%1” was saved with filters that cannot be restored: %2. The queue shows the view without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n filter(s) not restored</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name of the view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View “%1” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View “%1” saved. These filters cannot be kept in a view and will not be restored with it: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View “%1” saved with the current filters, sort and columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New name of “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view was not renamed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view was not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View “%1” deleted; the queue stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::ui::StoreSettingsPage</name>
    <message>
        <source>Kept in %1, never in a settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available: the password is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the database server&apos;s host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the database user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console records to this file from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console records to this database from its next start; if the server cannot be reached then, it says so and records to the local file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new store will be created at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::ui::TeamPanel</name>
    <message>
        <source>Assign &amp;to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign this identity to a reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;ke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign this identity to yourself, if nobody else has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this identity unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others cannot see that you have this identity open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No identity open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignment unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1 by %2 since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, and by </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be recorded in the audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not assign: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not take it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has it already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not release: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record did not say why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team database cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s names could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::ui::TimelineEntryDialog</name>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::ui::TimelineWidget</name>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an identity to see its timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded for this identity yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification status change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paxos event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call from this console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::ui::TypedConfirmationDialog</name>
    <message>
        <source>Confirm change in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This changes live customer data for %1. It cannot be undone from the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>console::ui::WebhookSettingsDialog</name>
    <message>
        <source>Webhook receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paxos POSTs a notification for every event to the URL configured in its Dashboard (Developer → Webhooks). The console answers it and fetches the event. These settings apply to %1; in the local sandbox the console registers its own receiver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive webhooks in this console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API-key header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other machines can reach the receiver on this address. Only do this behind a TLS-terminating proxy Paxos can reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an IP address to listen on, e.g. 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path may not contain spaces, &apos;?&apos; or &apos;#&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the header name configured in Paxos, e.g. X-Api-Key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paxos</name>
    <message>
        <source>an identity id is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file name must have 1 to 260 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only PDF, JPG and PNG files can be uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose at least one document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file must be smaller than 100 MB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paxos::AddAccountMembersJob</name>
    <message>
        <source>an account and at least one member are required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paxos::AddInstitutionMembersJob</name>
    <message>
        <source>an institution and at least one member are required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paxos::ApiError</name>
    <message>
        <source>The request was not accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paxos did not accept the access token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paxos is limiting the request rate; try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Paxos service failed (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An identity with this government ID (cip_id, type and country) already exists: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An identity with this reference id (ref_id) already exists: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API credentials were not granted the scope %1, which this action needs. Add it to the API key in the Paxos Dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to Paxos failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach Paxos: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paxos did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paxos sent a response this version cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is not set up: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paxos::Connection</name>
    <message>
        <source>the server redirected the call too many times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server redirected the call to %1 (HTTP %2), another scheme, host or port; redirects that leave the server are not followed, so no credential goes there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no valid environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a change that did not pass the write gate (confirmation and record) was not sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paxos::CreateAccountJob</name>
    <message>
        <source>an identity id is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paxos::CreateIdentityControlJob</name>
    <message>
        <source>identity, type and reason code are required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paxos::DeleteIdentityControlJob</name>
    <message>
        <source>a control id is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paxos::Environment</name>
    <message>
        <source>Token URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API base: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a URL with a host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain http is only allowed to this machine (localhost); use https://%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paxos Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paxos::GetAccountJob</name>
    <message>
        <source>an account id is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paxos::GetEventJob</name>
    <message>
        <source>an event id is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paxos::GetIdentityJob</name>
    <message>
        <source>an identity id is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paxos::GetProfileJob</name>
    <message>
        <source>a profile id is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paxos::Job</name>
    <message>
        <source>no connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paxos::ListDocumentsJob</name>
    <message>
        <source>an identity id is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paxos::ListEventsJob</name>
    <message>
        <source>limit must be between 1 and 100</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paxos::ListIdentityControlsJob</name>
    <message>
        <source>an identity id is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paxos::RemoveAccountMemberJob</name>
    <message>
        <source>a member id is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paxos::RemoveInstitutionMemberJob</name>
    <message>
        <source>a member id is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paxos::RequestDocumentUploadJob</name>
    <message>
        <source>an identity id is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paxos::SandboxAdminJob</name>
    <message>
        <source>the sandbox admin API exists only on a paxos-sandbox on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sandbox admin API answered with no JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paxos::SetSandboxIdentityStatusJob</name>
    <message>
        <source>an identity id is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paxos::TokenProvider</name>
    <message>
        <source>no API credentials</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paxos::UpdateAccountJob</name>
    <message>
        <source>an account id is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paxos::UpdateIdentityJob</name>
    <message>
        <source>an identity id is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paxos::UploadDocumentContentJob</name>
    <message>
        <source>the upload URL is not valid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
