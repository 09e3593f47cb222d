<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_XA" sourcelanguage="en">
<context>
    <name>EvidenceExportDialog</name>
    <message>
        <source>Export evidence pack</source>
        <translation>[Export evidence pack]</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>[Files]</translation>
    </message>
    <message>
        <source>&amp;PDF report for a reader</source>
        <translation>[&amp;PDF report for a reader]</translation>
    </message>
    <message>
        <source>&amp;JSON bundle with the same content and the PDF's SHA-256</source>
        <translation>[&amp;JSON bundle with the same content and the PDF's SHA-256]</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>[Personal data]</translation>
    </message>
    <message>
        <source>&amp;Include personal data (government id, date of birth, tax ids) unmasked</source>
        <translation>[&amp;Include personal data (government id, date of birth, tax ids) unmasked]</translation>
    </message>
    <message>
        <source>Masked unless you include it. Including it is recorded in the audit trail.</source>
        <translation>[Masked unless you include it. Including it is recorded in the audit trail.]</translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation>[&amp;Save as]</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>[&amp;Choose…]</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Fields marked * are required by Paxos. Fields marked “best effort” should be sent when known.</source>
        <translation>[Fields marked * are required by Paxos. Fields marked “best effort” should be sent when known.]</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>[Person]</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>[&amp;First name]</translation>
    </message>
    <message>
        <source>M&amp;iddle name</source>
        <translation>[M&amp;iddle name]</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>[&amp;Last name]</translation>
    </message>
    <message>
        <source>Date of &amp;birth</source>
        <translation>[Date of &amp;birth]</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>[YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>…</source>
        <translation>[…]</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>[Pick the date from a calendar]</translation>
    </message>
    <message>
        <source>Nationalit&amp;y</source>
        <translation>[Nationalit&amp;y]</translation>
    </message>
    <message>
        <source>Country o&amp;f birth</source>
        <translation>[Country o&amp;f birth]</translation>
    </message>
    <message>
        <source>Professio&amp;n</source>
        <translation>[Professio&amp;n]</translation>
    </message>
    <message>
        <source>&amp;Phone number</source>
        <translation>[&amp;Phone number]</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>[E&amp;mail]</translation>
    </message>
    <message>
        <source>Residential address</source>
        <translation>[Residential address]</translation>
    </message>
    <message>
        <source>Address line &amp;1</source>
        <translation>[Address line &amp;1]</translation>
    </message>
    <message>
        <source>Address line &amp;2</source>
        <translation>[Address line &amp;2]</translation>
    </message>
    <message>
        <source>Cit&amp;y</source>
        <translation>[Cit&amp;y]</translation>
    </message>
    <message>
        <source>State or pro&amp;vince</source>
        <translation>[State or pro&amp;vince]</translation>
    </message>
    <message>
        <source>&amp;ZIP or postal code</source>
        <translation>[&amp;ZIP or postal code]</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>[C&amp;ountry]</translation>
    </message>
    <message>
        <source>Government ID</source>
        <translation>[Government ID]</translation>
    </message>
    <message>
        <source>ID &amp;type</source>
        <translation>[ID &amp;type]</translation>
    </message>
    <message>
        <source>ID n&amp;umber</source>
        <translation>[ID n&amp;umber]</translation>
    </message>
    <message>
        <source>Issuing c&amp;ountry</source>
        <translation>[Issuing c&amp;ountry]</translation>
    </message>
    <message>
        <source>Identity verification</source>
        <translation>[Identity verification]</translation>
    </message>
    <message>
        <source>&amp;Verifier</source>
        <translation>[&amp;Verifier]</translation>
    </message>
    <message>
        <source>IDV &amp;provider</source>
        <translation>[IDV &amp;provider]</translation>
    </message>
    <message>
        <source>Verified &amp;at</source>
        <translation>[Verified &amp;at]</translation>
    </message>
    <message>
        <source>YYYY-MM-DDThh:mm:ssZ</source>
        <translation>[YYYY-MM-DDThh:mm:ssZ]</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>[Now]</translation>
    </message>
    <message>
        <source>Set to the current time</source>
        <translation>[Set to the current time]</translation>
    </message>
    <message>
        <source>IDV &amp;record ID</source>
        <translation>[IDV &amp;record ID]</translation>
    </message>
    <message>
        <source>IDV res&amp;ult</source>
        <translation>[IDV res&amp;ult]</translation>
    </message>
    <message>
        <source>Verified fields</source>
        <translation>[Verified fields]</translation>
    </message>
    <message>
        <source>Full legal name</source>
        <translation>[Full legal name]</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>[Date of birth]</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>[Address]</translation>
    </message>
    <message>
        <source>Customer due diligence</source>
        <translation>[Customer due diligence]</translation>
    </message>
    <message>
        <source>Yearly &amp;income</source>
        <translation>[Yearly &amp;income]</translation>
    </message>
    <message>
        <source>E&amp;xpected transfers</source>
        <translation>[E&amp;xpected transfers]</translation>
    </message>
    <message>
        <source>Source of &amp;wealth</source>
        <translation>[Source of &amp;wealth]</translation>
    </message>
    <message>
        <source>Em&amp;ployment</source>
        <translation>[Em&amp;ployment]</translation>
    </message>
    <message>
        <source>Ind&amp;ustry</source>
        <translation>[Ind&amp;ustry]</translation>
    </message>
    <message>
        <source>Net wort&amp;h</source>
        <translation>[Net wort&amp;h]</translation>
    </message>
    <message>
        <source>Source of fu&amp;nds</source>
        <translation>[Source of fu&amp;nds]</translation>
    </message>
    <message>
        <source>Purpose of acc&amp;ount</source>
        <translation>[Purpose of acc&amp;ount]</translation>
    </message>
    <message>
        <source>Tax details</source>
        <translation>[Tax details]</translation>
    </message>
    <message>
        <source>Tax details are &amp;not legally required</source>
        <translation>[Tax details are &amp;not legally required]</translation>
    </message>
    <message>
        <source>Ta&amp;x IDs</source>
        <translation>[Ta&amp;x IDs]</translation>
    </message>
    <message>
        <source>Taxpayer ID</source>
        <translation>[Taxpayer ID]</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>[Country]</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>[Add row]</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>[Remove row]</translation>
    </message>
    <message>
        <source>Reference and metadata</source>
        <translation>[Reference and metadata]</translation>
    </message>
    <message>
        <source>&amp;Reference ID</source>
        <translation>[&amp;Reference ID]</translation>
    </message>
    <message>
        <source>New</source>
        <translation>[New]</translation>
    </message>
    <message>
        <source>Generate a new unique reference ID</source>
        <translation>[Generate a new unique reference ID]</translation>
    </message>
    <message>
        <source>&amp;Metadata</source>
        <translation>[&amp;Metadata]</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>[Key]</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>[Value]</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>No connection.</source>
        <translation>[No connection.]</translation>
    </message>
</context>
<context>
    <name>StoreSettingsPage</name>
    <message>
        <source>Where the console keeps its record: audit trail, notes, status history, assignments. A team shares one PostgreSQL database so every reviewer sees the others' work.</source>
        <translation>[Where the console keeps its record: audit trail, notes, status history, assignments. A team shares one PostgreSQL database so every reviewer sees the others' work.]</translation>
    </message>
    <message>
        <source>Your &amp;name in the record</source>
        <translation>[Your &amp;name in the record]</translation>
    </message>
    <message>
        <source>Shown as the operator of every audit entry, note and assignment you make; your computer account is recorded beside it.</source>
        <translation>[Shown as the operator of every audit entry, note and assignment you make; your computer account is recorded beside it.]</translation>
    </message>
    <message>
        <source>&amp;This computer only (SQLite file)</source>
        <translation>[&amp;This computer only (SQLite file)]</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>[C&amp;hoose…]</translation>
    </message>
    <message>
        <source>Shared with the &amp;team (PostgreSQL)</source>
        <translation>[Shared with the &amp;team (PostgreSQL)]</translation>
    </message>
    <message>
        <source>H&amp;ost</source>
        <translation>[H&amp;ost]</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>[&amp;Port]</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>[&amp;Database]</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>[&amp;User]</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>[Pass&amp;word]</translation>
    </message>
    <message>
        <source>Require an encrypted connection (&amp;TLS) to a server on another machine</source>
        <translation>[Require an encrypted connection (&amp;TLS) to a server on another machine]</translation>
    </message>
    <message>
        <source>Without TLS, reviewers' notes, identity records and the database password cross the network readable by anyone on the way. A server on this machine is reached as it offers.</source>
        <translation>[Without TLS, reviewers' notes, identity records and the database password cross the network readable by anyone on the way. A server on this machine is reached as it offers.]</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>[Test &amp;connection]</translation>
    </message>
    <message>
        <source>A new location is used the next time the console starts.</source>
        <translation>[A new location is used the next time the console starts.]</translation>
    </message>
</context>
<context>
    <name>console</name>
    <message>
        <source>just now</source>
        <translation>[just now]</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>[%1 min]</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>[%1 h %2 min]</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>[%1 h]</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>[%1 d %2 h]</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>[%1 d]</translation>
    </message>
    <message>
        <source>Paxos</source>
        <translation>[Paxos]</translation>
    </message>
    <message>
        <source>Us</source>
        <translation>[Us]</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>[Customer]</translation>
    </message>
    <message>
        <source>The government ID could not be verified.</source>
        <translation>[The government ID could not be verified.]</translation>
    </message>
    <message>
        <source>Government ID verification is not finished yet.</source>
        <translation>[Government ID verification is not finished yet.]</translation>
    </message>
    <message>
        <source>The business documents were rejected.</source>
        <translation>[The business documents were rejected.]</translation>
    </message>
    <message>
        <source>Business documents are missing or under review.</source>
        <translation>[Business documents are missing or under review.]</translation>
    </message>
    <message>
        <source>Screening (sanctions, PEP, adverse media) found a match.</source>
        <translation>[Screening (sanctions, PEP, adverse media) found a match.]</translation>
    </message>
    <message>
        <source>Screening (sanctions, PEP, adverse media) is running.</source>
        <translation>[Screening (sanctions, PEP, adverse media) is running.]</translation>
    </message>
    <message>
        <source>Paxos Compliance did not approve this identity.</source>
        <translation>[Paxos Compliance did not approve this identity.]</translation>
    </message>
    <message>
        <source>Paxos Compliance is reviewing this identity.</source>
        <translation>[Paxos Compliance is reviewing this identity.]</translation>
    </message>
    <message>
        <source>Enhanced due diligence was not passed.</source>
        <translation>[Enhanced due diligence was not passed.]</translation>
    </message>
    <message>
        <source>Enhanced due diligence needs documents or is under review.</source>
        <translation>[Enhanced due diligence needs documents or is under review.]</translation>
    </message>
    <message>
        <source>The risk-awareness assessment was not passed.</source>
        <translation>[The risk-awareness assessment was not passed.]</translation>
    </message>
    <message>
        <source>The risk-awareness assessment is not complete.</source>
        <translation>[The risk-awareness assessment is not complete.]</translation>
    </message>
    <message>
        <source>The periodic KYC refresh is overdue.</source>
        <translation>[The periodic KYC refresh is overdue.]</translation>
    </message>
    <message>
        <source>A periodic KYC refresh is due.</source>
        <translation>[A periodic KYC refresh is due.]</translation>
    </message>
    <message>
        <source>The tax id (TIN) could not be verified.</source>
        <translation>[The tax id (TIN) could not be verified.]</translation>
    </message>
    <message>
        <source>The tax id (TIN) is being verified.</source>
        <translation>[The tax id (TIN) is being verified.]</translation>
    </message>
    <message>
        <source>One or more members could not be verified.</source>
        <translation>[One or more members could not be verified.]</translation>
    </message>
    <message>
        <source>One or more members have open requirements.</source>
        <translation>[One or more members have open requirements.]</translation>
    </message>
    <message>
        <source>%1 failed.</source>
        <translation>[%1 failed.]</translation>
    </message>
    <message>
        <source>%1 is pending.</source>
        <translation>[%1 is pending.]</translation>
    </message>
    <message>
        <source>Waiting on Paxos; nothing to do unless it takes longer than a business day.</source>
        <translation>[Waiting on Paxos; nothing to do unless it takes longer than a business day.]</translation>
    </message>
    <message>
        <source>Ask the customer to confirm or update their details.</source>
        <translation>[Ask the customer to confirm or update their details.]</translation>
    </message>
    <message>
        <source>Ask the customer for the documents EDD needs, then upload them.</source>
        <translation>[Ask the customer for the documents EDD needs, then upload them.]</translation>
    </message>
    <message>
        <source>Ask the customer to complete the assessment.</source>
        <translation>[Ask the customer to complete the assessment.]</translation>
    </message>
    <message>
        <source>Ask the customer for a new ID document and resubmit.</source>
        <translation>[Ask the customer for a new ID document and resubmit.]</translation>
    </message>
    <message>
        <source>The customer has to finish verifying their identity.</source>
        <translation>[The customer has to finish verifying their identity.]</translation>
    </message>
    <message>
        <source>Upload the missing business documents.</source>
        <translation>[Upload the missing business documents.]</translation>
    </message>
    <message>
        <source>Check the tax details and correct them.</source>
        <translation>[Check the tax details and correct them.]</translation>
    </message>
    <message>
        <source>Our team has to act on this.</source>
        <translation>[Our team has to act on this.]</translation>
    </message>
    <message>
        <source>Open the institution's members to see who has to act.</source>
        <translation>[Open the institution's members to see who has to act.]</translation>
    </message>
    <message>
        <source>set by Paxos</source>
        <translation>[set by Paxos]</translation>
    </message>
    <message>
        <source>set by us</source>
        <translation>[set by us]</translation>
    </message>
    <message>
        <source>can be lifted by us</source>
        <translation>[can be lifted by us]</translation>
    </message>
    <message>
        <source>only Paxos Support can lift it</source>
        <translation>[only Paxos Support can lift it]</translation>
    </message>
    <message>
        <source>cannot be lifted</source>
        <translation>[cannot be lifted]</translation>
    </message>
    <message>
        <source>%1, %2; %3</source>
        <translation>[%1, %2; %3]</translation>
    </message>
    <message>
        <source>Under review: cannot transact yet.</source>
        <translation>[Under review: cannot transact yet.]</translation>
    </message>
    <message>
        <source>Approved: full access.</source>
        <translation>[Approved: full access.]</translation>
    </message>
    <message>
        <source>Denied: the identity cannot be used.</source>
        <translation>[Denied: the identity cannot be used.]</translation>
    </message>
    <message>
        <source>Disabled: restricted, can only sell.</source>
        <translation>[Disabled: restricted, can only sell.]</translation>
    </message>
    <message>
        <source>Frozen for compliance reasons: cannot be used.</source>
        <translation>[Frozen for compliance reasons: cannot be used.]</translation>
    </message>
    <message>
        <source>Unknown status %1.</source>
        <translation>[Unknown status %1.]</translation>
    </message>
    <message>
        <source>ID verification in progress</source>
        <translation>[ID verification in progress]</translation>
    </message>
    <message>
        <source>Identity confirmed</source>
        <translation>[Identity confirmed]</translation>
    </message>
    <message>
        <source>Could not verify the identity</source>
        <translation>[Could not verify the identity]</translation>
    </message>
    <message>
        <source>Sanctions check running</source>
        <translation>[Sanctions check running]</translation>
    </message>
    <message>
        <source>No sanctions hit</source>
        <translation>[No sanctions hit]</translation>
    </message>
    <message>
        <source>Sanctions hit: cannot proceed</source>
        <translation>[Sanctions hit: cannot proceed]</translation>
    </message>
    <message>
        <source>Possible hit: manual review</source>
        <translation>[Possible hit: manual review]</translation>
    </message>
    <message>
        <source>PEP and adverse-media screening running</source>
        <translation>[PEP and adverse-media screening running]</translation>
    </message>
    <message>
        <source>Screening passed</source>
        <translation>[Screening passed]</translation>
    </message>
    <message>
        <source>Screening failed</source>
        <translation>[Screening failed]</translation>
    </message>
    <message>
        <source>Business documents under review</source>
        <translation>[Business documents under review]</translation>
    </message>
    <message>
        <source>Documents accepted</source>
        <translation>[Documents accepted]</translation>
    </message>
    <message>
        <source>Documents rejected</source>
        <translation>[Documents rejected]</translation>
    </message>
    <message>
        <source>The sanctions check found a match.</source>
        <translation>[The sanctions check found a match.]</translation>
    </message>
    <message>
        <source>The sanctions check is running.</source>
        <translation>[The sanctions check is running.]</translation>
    </message>
    <message>
        <source>PEP and adverse-media screening found a match.</source>
        <translation>[PEP and adverse-media screening found a match.]</translation>
    </message>
    <message>
        <source>PEP and adverse-media screening is running.</source>
        <translation>[PEP and adverse-media screening is running.]</translation>
    </message>
    <message>
        <source>A member of this institution is disabled.</source>
        <translation>[A member of this institution is disabled.]</translation>
    </message>
    <message>
        <source>A member of this institution is being disabled.</source>
        <translation>[A member of this institution is being disabled.]</translation>
    </message>
    <message>
        <source>The risk rating did not allow approval.</source>
        <translation>[The risk rating did not allow approval.]</translation>
    </message>
    <message>
        <source>Paxos is rating the risk of this identity.</source>
        <translation>[Paxos is rating the risk of this identity.]</translation>
    </message>
    <message>
        <source>Final: this check is why the identity was denied.</source>
        <translation>[Final: this check is why the identity was denied.]</translation>
    </message>
    <message>
        <source>No longer awaited: the identity was denied.</source>
        <translation>[No longer awaited: the identity was denied.]</translation>
    </message>
    <message>
        <source>Paxos Compliance has to clear the freeze; nothing can be done here.</source>
        <translation>[Paxos Compliance has to clear the freeze; nothing can be done here.]</translation>
    </message>
    <message>
        <source>Paxos is reviewing the result; the decision follows.</source>
        <translation>[Paxos is reviewing the result; the decision follows.]</translation>
    </message>
    <message>
        <source>Not in use while the identity is disabled</source>
        <translation>[Not in use while the identity is disabled]</translation>
    </message>
    <message>
        <source>Error reported; Paxos documents no meaning for it here: ask Paxos Support</source>
        <translation>[Error reported; Paxos documents no meaning for it here: ask Paxos Support]</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>[In progress]</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>[Passed]</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>[Failed]</translation>
    </message>
    <message>
        <source>Unknown value %1</source>
        <translation>[Unknown value %1]</translation>
    </message>
    <message>
        <source>Paxos decides within about a business day; nothing to do unless it takes longer.</source>
        <translation>[Paxos decides within about a business day; nothing to do unless it takes longer.]</translation>
    </message>
    <message>
        <source>Denied: a final decision. The identity cannot be used.</source>
        <translation>[Denied: a final decision. The identity cannot be used.]</translation>
    </message>
    <message>
        <source>Nothing reopens it. You can still add notes, export the evidence pack and tell the customer; if the decision looks wrong, ask Paxos Support.</source>
        <translation>[Nothing reopens it. You can still add notes, export the evidence pack and tell the customer; if the decision looks wrong, ask Paxos Support.]</translation>
    </message>
    <message>
        <source>We set the control that disables it: lift it on the Controls tab to restore full access.</source>
        <translation>[We set the control that disables it: lift it on the Controls tab to restore full access.]</translation>
    </message>
    <message>
        <source>Only Paxos Support can lift the control that disables it.</source>
        <translation>[Only Paxos Support can lift the control that disables it.]</translation>
    </message>
    <message>
        <source>Paxos Compliance has to clear the freeze; ask Paxos Support if it lasts.</source>
        <translation>[Paxos Compliance has to clear the freeze; ask Paxos Support if it lasts.]</translation>
    </message>
    <message>
        <source>No status reported.</source>
        <translation>[No status reported.]</translation>
    </message>
    <message>
        <source>waiting on Paxos %1</source>
        <translation>[waiting on Paxos %1]</translation>
    </message>
    <message>
        <source>waiting on us %1</source>
        <translation>[waiting on us %1]</translation>
    </message>
    <message>
        <source>waiting on the customer %1</source>
        <translation>[waiting on the customer %1]</translation>
    </message>
</context>
<context>
    <name>console::ApiIdentityPageSource</name>
    <message>
        <source>No connection.</source>
        <translation>[No connection.]</translation>
    </message>
    <message>
        <source>the list of identities is not a JSON object</source>
        <translation>[the list of identities is not a JSON object]</translation>
    </message>
</context>
<context>
    <name>console::CaseTaking</name>
    <message>
        <source>There is no audit trail to record the take in.</source>
        <translation>[There is no audit trail to record the take in.]</translation>
    </message>
    <message>
        <source>The take could not be recorded in the audit trail: %1</source>
        <translation>[The take could not be recorded in the audit trail: %1]</translation>
    </message>
    <message>
        <source>No identity given.</source>
        <translation>[No identity given.]</translation>
    </message>
</context>
<context>
    <name>console::ControlChanges</name>
    <message>
        <source>Adding the control…</source>
        <translation>[Adding the control…]</translation>
    </message>
    <message>
        <source>The control was not added: %1</source>
        <translation>[The control was not added: %1]</translation>
    </message>
    <message>
        <source>Add a %1 control</source>
        <translation>[Add a %1 control]</translation>
    </message>
    <message>
        <source>Deleting the control…</source>
        <translation>[Deleting the control…]</translation>
    </message>
    <message>
        <source>The control was not deleted: %1</source>
        <translation>[The control was not deleted: %1]</translation>
    </message>
    <message>
        <source>Delete the %1 control</source>
        <translation>[Delete the %1 control]</translation>
    </message>
    <message>
        <source>The control was not added: changes cannot be sent from here.</source>
        <translation>[The control was not added: changes cannot be sent from here.]</translation>
    </message>
    <message>
        <source>The control was not deleted: changes cannot be sent from here.</source>
        <translation>[The control was not deleted: changes cannot be sent from here.]</translation>
    </message>
</context>
<context>
    <name>console::CsvExporter</name>
    <message>
        <source>An export is already running.</source>
        <translation>[An export is already running.]</translation>
    </message>
    <message>
        <source>Exporting is not possible: there is no audit trail to record it in.</source>
        <translation>[Exporting is not possible: there is no audit trail to record it in.]</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>[Cannot write %1: %2]</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>[Export cancelled.]</translation>
    </message>
    <message>
        <source>The list was closed during the export.</source>
        <translation>[The list was closed during the export.]</translation>
    </message>
    <message>
        <source>Writing failed: %1</source>
        <translation>[Writing failed: %1]</translation>
    </message>
    <message>
        <source>The export was not saved: the audit trail cannot record it: %1</source>
        <translation>[The export was not saved: the audit trail cannot record it: %1]</translation>
    </message>
    <message>
        <source>Saving failed: %1</source>
        <translation>[Saving failed: %1]</translation>
    </message>
    <message>
        <source>there is no audit trail</source>
        <translation>[there is no audit trail]</translation>
    </message>
</context>
<context>
    <name>console::DocumentUploader</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>[The file %1 does not exist.]</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>[The file %1 cannot be read.]</translation>
    </message>
    <message>
        <source>The file %1 is empty.</source>
        <translation>[The file %1 is empty.]</translation>
    </message>
    <message>
        <source>An upload is already running.</source>
        <translation>[An upload is already running.]</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>[Not connected.]</translation>
    </message>
    <message>
        <source>No identity chosen.</source>
        <translation>[No identity chosen.]</translation>
    </message>
    <message>
        <source>Choose at least one document type.</source>
        <translation>[Choose at least one document type.]</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened: %2</source>
        <translation>[The file %1 cannot be opened: %2]</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>[Reading %1 failed: %2]</translation>
    </message>
    <message>
        <source>Not sent: changes cannot be sent from here.</source>
        <translation>[Not sent: changes cannot be sent from here.]</translation>
    </message>
    <message>
        <source>Upload %1</source>
        <translation>[Upload %1]</translation>
    </message>
    <message>
        <source>%1 was not uploaded: %2</source>
        <translation>[%1 was not uploaded: %2]</translation>
    </message>
</context>
<context>
    <name>console::EmbeddedSandbox</name>
    <message>
        <source>Cannot create the sandbox data folder %1.</source>
        <translation>[Cannot create the sandbox data folder %1.]</translation>
    </message>
    <message>
        <source>The local sandbox did not start: %1</source>
        <translation>[The local sandbox did not start: %1]</translation>
    </message>
    <message>
        <source>This build of the console has no embedded sandbox.</source>
        <translation>[This build of the console has no embedded sandbox.]</translation>
    </message>
</context>
<context>
    <name>console::EventBackfill</name>
    <message>
        <source>Not connected.</source>
        <translation>[Not connected.]</translation>
    </message>
</context>
<context>
    <name>console::EventNotifier</name>
    <message>
        <source>Identity approved</source>
        <translation>[Identity approved]</translation>
    </message>
    <message>
        <source>Identity %1 was approved.</source>
        <translation>[Identity %1 was approved.]</translation>
    </message>
    <message>
        <source>Identity denied</source>
        <translation>[Identity denied]</translation>
    </message>
    <message>
        <source>Identity %1 was denied.</source>
        <translation>[Identity %1 was denied.]</translation>
    </message>
    <message>
        <source>Identity disabled</source>
        <translation>[Identity disabled]</translation>
    </message>
    <message>
        <source>Identity %1 was disabled.</source>
        <translation>[Identity %1 was disabled.]</translation>
    </message>
    <message>
        <source>Documents required</source>
        <translation>[Documents required]</translation>
    </message>
    <message>
        <source>Paxos needs documents for identity %1.</source>
        <translation>[Paxos needs documents for identity %1.]</translation>
    </message>
    <message>
        <source>Paxos needs documents for identity %1: %2.</source>
        <translation>[Paxos needs documents for identity %1: %2.]</translation>
    </message>
</context>
<context>
    <name>console::EventProcessor</name>
    <message>
        <source>Not connected: the event could not be fetched.</source>
        <translation>[Not connected: the event could not be fetched.]</translation>
    </message>
    <message>
        <source>Get Event failed: %1</source>
        <translation>[Get Event failed: %1]</translation>
    </message>
    <message>
        <source>The local store refused the event: %1</source>
        <translation>[The local store refused the event: %1]</translation>
    </message>
    <message>
        <source>The event was applied, but the local store could not note it: %1. It will be applied again.</source>
        <translation>[The event was applied, but the local store could not note it: %1. It will be applied again.]</translation>
    </message>
    <message>
        <source>Not connected: the identity could not be refreshed. The event will be applied once connected.</source>
        <translation>[Not connected: the identity could not be refreshed. The event will be applied once connected.]</translation>
    </message>
    <message>
        <source>The identity could not be refreshed: %1. The event will be applied again.</source>
        <translation>[The identity could not be refreshed: %1. The event will be applied again.]</translation>
    </message>
    <message>
        <source>The identity could not be recorded: %1. The event will be applied again.</source>
        <translation>[The identity could not be recorded: %1. The event will be applied again.]</translation>
    </message>
</context>
<context>
    <name>console::EventRecord</name>
    <message>
        <source>Fetching</source>
        <translation>[Fetching]</translation>
    </message>
    <message>
        <source>Applying</source>
        <translation>[Applying]</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>[Applied]</translation>
    </message>
    <message>
        <source>Processed earlier</source>
        <translation>[Processed earlier]</translation>
    </message>
    <message>
        <source>Test event</source>
        <translation>[Test event]</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>[Failed]</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>[Webhook]</translation>
    </message>
    <message>
        <source>Follower</source>
        <translation>[Follower]</translation>
    </message>
    <message>
        <source>Webhook + follower</source>
        <translation>[Webhook + follower]</translation>
    </message>
</context>
<context>
    <name>console::EventsModel</name>
    <message>
        <source>Time</source>
        <translation>[Time]</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>[Event]</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>[Identity]</translation>
    </message>
    <message>
        <source>Delivered by</source>
        <translation>[Delivered by]</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>[Processing]</translation>
    </message>
</context>
<context>
    <name>console::EventsService</name>
    <message>
        <source>No webhook API key is stored for this environment.</source>
        <translation>[No webhook API key is stored for this environment.]</translation>
    </message>
    <message>
        <source>Webhook receiver off for this environment; the follower polls for events.</source>
        <translation>[Webhook receiver off for this environment; the follower polls for events.]</translation>
    </message>
    <message>
        <source>No credential store for the webhook API key.</source>
        <translation>[No credential store for the webhook API key.]</translation>
    </message>
    <message>
        <source>The webhook receiver listens on %1, reachable from other machines. Keep the API key secret.</source>
        <translation>[The webhook receiver listens on %1, reachable from other machines. Keep the API key secret.]</translation>
    </message>
    <message>
        <source>Webhooks: receiving at %1%2</source>
        <translation>[Webhooks: receiving at %1%2]</translation>
    </message>
    <message>
        <source> (registered with the local sandbox)</source>
        <translation>[ (registered with the local sandbox)]</translation>
    </message>
    <message>
        <source>Webhooks: not receiving.</source>
        <translation>[Webhooks: not receiving.]</translation>
    </message>
    <message>
        <source>Webhooks: %1</source>
        <translation>[Webhooks: %1]</translation>
    </message>
    <message>
        <source>Follower: polling List Events.</source>
        <translation>[Follower: polling List Events.]</translation>
    </message>
    <message>
        <source>Follower: %1</source>
        <translation>[Follower: %1]</translation>
    </message>
    <message>
        <source>Follower: off.</source>
        <translation>[Follower: off.]</translation>
    </message>
</context>
<context>
    <name>console::EvidencePack</name>
    <message>
        <source>unknown</source>
        <translation>[unknown]</translation>
    </message>
    <message>
        <source>The identity has no id.</source>
        <translation>[The identity has no id.]</translation>
    </message>
    <message>
        <source>Evidence pack · Compliance Console</source>
        <translation>[Evidence pack · Compliance Console]</translation>
    </message>
    <message>
        <source>Unnamed identity</source>
        <translation>[Unnamed identity]</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>[Identity]</translation>
    </message>
    <message>
        <source>%1. The console has no record of when the decision was made.</source>
        <translation>[%1. The console has no record of when the decision was made.]</translation>
    </message>
    <message>
        <source>%1 at %2 UTC.</source>
        <translation>[%1 at %2 UTC.]</translation>
    </message>
    <message>
        <source>No decision yet: the identity is %1.</source>
        <translation>[No decision yet: the identity is %1.]</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>[Who]</translation>
    </message>
    <message>
        <source>(no name recorded)</source>
        <translation>[(no name recorded)]</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>[Type]</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>[Current status]</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>[Decision]</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>[Environment]</translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation>[Exported by]</translation>
    </message>
    <message>
        <source>%1 at %2 UTC</source>
        <translation>[%1 at %2 UTC]</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>[Personal data]</translation>
    </message>
    <message>
        <source>Shown in full at the request of the person who exported this pack.</source>
        <translation>[Shown in full at the request of the person who exported this pack.]</translation>
    </message>
    <message>
        <source>Masked: government ids, dates of birth and tax ids are partly hidden.</source>
        <translation>[Masked: government ids, dates of birth and tax ids are partly hidden.]</translation>
    </message>
    <message>
        <source>This PDF comes with a JSON bundle of the same content (format %1, version %2) that records the PDF's SHA-256, so the pair can be checked for changes.</source>
        <translation>[This PDF comes with a JSON bundle of the same content (format %1, version %2) that records the PDF's SHA-256, so the pair can be checked for changes.]</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>[Contents]</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>[Requirements]</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>[Timeline]</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>[Documents]</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>[Notes]</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>[Controls]</translation>
    </message>
    <message>
        <source>Appendix A: identity record as returned by Paxos</source>
        <translation>[Appendix A: identity record as returned by Paxos]</translation>
    </message>
    <message>
        <source>Appendix B: calls the console made</source>
        <translation>[Appendix B: calls the console made]</translation>
    </message>
    <message>
        <source>1. Requirements</source>
        <translation>[1. Requirements]</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>[nobody]</translation>
    </message>
    <message>
        <source>none</source>
        <translation>[none]</translation>
    </message>
    <message>
        <source>Paxos lists no outstanding requirement for this identity.</source>
        <translation>[Paxos lists no outstanding requirement for this identity.]</translation>
    </message>
    <message>
        <source>Paxos lists one outstanding requirement:</source>
        <translation>[Paxos lists one outstanding requirement:]</translation>
    </message>
    <message>
        <source>Paxos lists %1 outstanding requirements:</source>
        <translation>[Paxos lists %1 outstanding requirements:]</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>[Requirement]</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>[Status]</translation>
    </message>
    <message>
        <source>Waiting on</source>
        <translation>[Waiting on]</translation>
    </message>
    <message>
        <source>Reported problems</source>
        <translation>[Reported problems]</translation>
    </message>
    <message>
        <source>The console recorded no change to the requirements.</source>
        <translation>[The console recorded no change to the requirements.]</translation>
    </message>
    <message>
        <source>How the requirements changed, as the console saw them (newest first):</source>
        <translation>[How the requirements changed, as the console saw them (newest first):]</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>[When (UTC)]</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>[Change]</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>[Why]</translation>
    </message>
    <message>
        <source>2. Timeline</source>
        <translation>[2. Timeline]</translation>
    </message>
    <message>
        <source>What happened to this identity, newest first.</source>
        <translation>[What happened to this identity, newest first.]</translation>
    </message>
    <message>
        <source>What happened to this identity, newest first. The call the console made is listed in Appendix B.</source>
        <translation>[What happened to this identity, newest first. The call the console made is listed in Appendix B.]</translation>
    </message>
    <message>
        <source>What happened to this identity, newest first. The %1 calls the console made are listed in Appendix B.</source>
        <translation>[What happened to this identity, newest first. The %1 calls the console made are listed in Appendix B.]</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>[Nothing recorded.]</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>[What happened]</translation>
    </message>
    <message>
        <source>By</source>
        <translation>[By]</translation>
    </message>
    <message>
        <source>3. Documents</source>
        <translation>[3. Documents]</translation>
    </message>
    <message>
        <source>No document is on file.</source>
        <translation>[No document is on file.]</translation>
    </message>
    <message>
        <source>Documents on file. A SHA-256 is known for the files uploaded from this console; compare it with the file to show it is the one that was sent.</source>
        <translation>[Documents on file. A SHA-256 is known for the files uploaded from this console; compare it with the file to show it is the one that was sent.]</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>[Document]</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>[Kind]</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>[not stated]</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>[Uploaded]</translation>
    </message>
    <message>
        <source>File id</source>
        <translation>[File id]</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>[SHA-256]</translation>
    </message>
    <message>
        <source>not known: not uploaded from this console</source>
        <translation>[not known: not uploaded from this console]</translation>
    </message>
    <message>
        <source>Still required:</source>
        <translation>[Still required:]</translation>
    </message>
    <message>
        <source>4. Notes</source>
        <translation>[4. Notes]</translation>
    </message>
    <message>
        <source>No note was written about this identity.</source>
        <translation>[No note was written about this identity.]</translation>
    </message>
    <message>
        <source>Written (UTC), by</source>
        <translation>[Written (UTC), by]</translation>
    </message>
    <message>
        <source>Reason code</source>
        <translation>[Reason code]</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>[Note]</translation>
    </message>
    <message>
        <source>5. Controls</source>
        <translation>[5. Controls]</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>[in force]</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>[removed %1]</translation>
    </message>
    <message>
        <source>No control was ever placed on this identity.</source>
        <translation>[No control was ever placed on this identity.]</translation>
    </message>
    <message>
        <source>No control is in force now; the removed ones are listed for the record.</source>
        <translation>[No control is in force now; the removed ones are listed for the record.]</translation>
    </message>
    <message>
        <source>One control is in force now; removed ones are listed for the record.</source>
        <translation>[One control is in force now; removed ones are listed for the record.]</translation>
    </message>
    <message>
        <source>%1 controls are in force now; removed ones are listed for the record.</source>
        <translation>[%1 controls are in force now; removed ones are listed for the record.]</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>[Control]</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>[Set by]</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>[Reason]</translation>
    </message>
    <message>
        <source>Placed (UTC)</source>
        <translation>[Placed (UTC)]</translation>
    </message>
    <message>
        <source>State</source>
        <translation>[State]</translation>
    </message>
    <message>
        <source>Every field of Get Identity at the time of export, one row per field.</source>
        <translation>[Every field of Get Identity at the time of export, one row per field.]</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>[Field]</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>[Value]</translation>
    </message>
    <message>
        <source>The console made no call about this identity.</source>
        <translation>[The console made no call about this identity.]</translation>
    </message>
    <message>
        <source>One call about this identity, with the request id Paxos returned.</source>
        <translation>[One call about this identity, with the request id Paxos returned.]</translation>
    </message>
    <message>
        <source>%1 calls about this identity, with the request id Paxos returned.</source>
        <translation>[%1 calls about this identity, with the request id Paxos returned.]</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>[%1 ms]</translation>
    </message>
    <message>
        <source>When (UTC), by</source>
        <translation>[When (UTC), by]</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>[Request]</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>[Result]</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>[Request id]</translation>
    </message>
    <message>
        <source>Choose where to save the PDF and the JSON bundle.</source>
        <translation>[Choose where to save the PDF and the JSON bundle.]</translation>
    </message>
    <message>
        <source>Evidence pack %1</source>
        <translation>[Evidence pack %1]</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>[The PDF could not be started.]</translation>
    </message>
    <message>
        <source>Exported %1 UTC — page %2 of %3</source>
        <translation>[Exported %1 UTC — page %2 of %3]</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>[Cannot write %1: %2]</translation>
    </message>
</context>
<context>
    <name>console::FollowUp</name>
    <message>
        <source>KYC refresh due</source>
        <translation>[KYC refresh due]</translation>
    </message>
    <message>
        <source>KYC refresh overdue</source>
        <translation>[KYC refresh overdue]</translation>
    </message>
    <message>
        <source>KYC refresh expired</source>
        <translation>[KYC refresh expired]</translation>
    </message>
</context>
<context>
    <name>console::FollowUpFilter</name>
    <message>
        <source>All identities</source>
        <translation>[All identities]</translation>
    </message>
    <message>
        <source>Open EDD</source>
        <translation>[Open EDD]</translation>
    </message>
    <message>
        <source>KYC refresh due</source>
        <translation>[KYC refresh due]</translation>
    </message>
    <message>
        <source>KYC refresh overdue</source>
        <translation>[KYC refresh overdue]</translation>
    </message>
    <message>
        <source>KYC refresh expired</source>
        <translation>[KYC refresh expired]</translation>
    </message>
    <message>
        <source>Any follow-up</source>
        <translation>[Any follow-up]</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>[Follow-up: %1]</translation>
    </message>
</context>
<context>
    <name>console::IdentityAccounts</name>
    <message>
        <source>The accounts could not be read: %1</source>
        <translation>[The accounts could not be read: %1]</translation>
    </message>
    <message>
        <source>The account could not be read: %1</source>
        <translation>[The account could not be read: %1]</translation>
    </message>
    <message>
        <source>there is no connection.</source>
        <translation>[there is no connection.]</translation>
    </message>
    <message>
        <source>identity %1</source>
        <translation>[identity %1]</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>[%1…]</translation>
    </message>
    <message>
        <source>Open an account</source>
        <translation>[Open an account]</translation>
    </message>
    <message>
        <source>The account was opened.</source>
        <translation>[The account was opened.]</translation>
    </message>
    <message>
        <source>The account was not opened: %1</source>
        <translation>[The account was not opened: %1]</translation>
    </message>
    <message>
        <source>Update the account</source>
        <translation>[Update the account]</translation>
    </message>
    <message>
        <source>The account was updated.</source>
        <translation>[The account was updated.]</translation>
    </message>
    <message>
        <source>The account was not updated: %1</source>
        <translation>[The account was not updated: %1]</translation>
    </message>
    <message>
        <source>Add account members</source>
        <translation>[Add account members]</translation>
    </message>
    <message>
        <source>The members were added.</source>
        <translation>[The members were added.]</translation>
    </message>
    <message>
        <source>The members were not added: %1</source>
        <translation>[The members were not added: %1]</translation>
    </message>
    <message>
        <source>Remove an account member</source>
        <translation>[Remove an account member]</translation>
    </message>
    <message>
        <source>The member was removed.</source>
        <translation>[The member was removed.]</translation>
    </message>
    <message>
        <source>The member was not removed: %1</source>
        <translation>[The member was not removed: %1]</translation>
    </message>
    <message>
        <source>this client may not read profiles (Paxos scope funding:read_profile)</source>
        <translation>[this client may not read profiles (Paxos scope funding:read_profile)]</translation>
    </message>
    <message>
        <source>Paxos knows no such profile</source>
        <translation>[Paxos knows no such profile]</translation>
    </message>
</context>
<context>
    <name>console::IdentityFetcher</name>
    <message>
        <source>No connection.</source>
        <translation>[No connection.]</translation>
    </message>
</context>
<context>
    <name>console::IdentityPager</name>
    <message>
        <source>the server returned the same page cursor twice</source>
        <translation>[the server returned the same page cursor twice]</translation>
    </message>
</context>
<context>
    <name>console::IdentityRow</name>
    <message>
        <source>Member %1: %2 (%3)</source>
        <translation>[Member %1: %2 (%3)]</translation>
    </message>
</context>
<context>
    <name>console::IdentityTableModel</name>
    <message>
        <source>Name</source>
        <translation>[Name]</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>[Status]</translation>
    </message>
    <message>
        <source>Waiting on</source>
        <translation>[Waiting on]</translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation>[Who acts]</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>[Age]</translation>
    </message>
    <message>
        <source>ref_id</source>
        <translation>[ref_id]</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>[Type]</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>[Created]</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>[Updated]</translation>
    </message>
    <message>
        <source>Identity ID</source>
        <translation>[Identity ID]</translation>
    </message>
    <message>
        <source>The requirement or control that holds this identity back</source>
        <translation>[The requirement or control that holds this identity back]</translation>
    </message>
    <message>
        <source>Who has to do something next: Paxos, us, or the customer</source>
        <translation>[Who has to do something next: Paxos, us, or the customer]</translation>
    </message>
    <message>
        <source>Time since the identity was created</source>
        <translation>[Time since the identity was created]</translation>
    </message>
    <message>
        <source>%1 control</source>
        <translation>[%1 control]</translation>
    </message>
    <message>
        <source>The server sent no name for this identity</source>
        <translation>[The server sent no name for this identity]</translation>
    </message>
</context>
<context>
    <name>console::InstitutionReview</name>
    <message>
        <source>Could not read this member: %1</source>
        <translation>[Could not read this member: %1]</translation>
    </message>
    <message>
        <source>Paxos is waiting on the institution's members: each must be approved before the institution can be.</source>
        <translation>[Paxos is waiting on the institution's members: each must be approved before the institution can be.]</translation>
    </message>
    <message>
        <source>Paxos verifies the institution's documents (formation documents, proof of address, ownership structure). Upload them on the Documents tab if they have not been sent; then Paxos reviews them.</source>
        <translation>[Paxos verifies the institution's documents (formation documents, proof of address, ownership structure). Upload them on the Documents tab if they have not been sent; then Paxos reviews them.]</translation>
    </message>
    <message>
        <source>The institution's documents were not accepted: upload corrected documents on the Documents tab.</source>
        <translation>[The institution's documents were not accepted: upload corrected documents on the Documents tab.]</translation>
    </message>
    <message>
        <source>Add the member from here (Add member).</source>
        <translation>[Add the member from here (Add member).]</translation>
    </message>
    <message>
        <source>%1 (%2) is not approved yet: %3</source>
        <translation>[%1 (%2) is not approved yet: %3]</translation>
    </message>
</context>
<context>
    <name>console::LedgerRecorder</name>
    <message>
        <source>A call could not be kept in the request ledger: %1</source>
        <translation>[A call could not be kept in the request ledger: %1]</translation>
    </message>
</context>
<context>
    <name>console::Session</name>
    <message>
        <source>No connection to %1</source>
        <translation>[No connection to %1]</translation>
    </message>
    <message>
        <source>The connection to %1 is lost: the console is read-only until it is back.</source>
        <translation>[The connection to %1 is lost: the console is read-only until it is back.]</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>[Not recorded]</translation>
    </message>
    <message>
        <source>Custom: %1</source>
        <translation>[Custom: %1]</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>[Local sandbox]</translation>
    </message>
    <message>
        <source>Paxos Sandbox</source>
        <translation>[Paxos Sandbox]</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>[Production]</translation>
    </message>
</context>
<context>
    <name>console::StatusSnapshots</name>
    <message>
        <source>The status history could not be updated: %1</source>
        <translation>[The status history could not be updated: %1]</translation>
    </message>
</context>
<context>
    <name>console::WebhookReceiver</name>
    <message>
        <source>Set the webhook API key first: Paxos sends it with every notification, and without it anyone could post events to the console.</source>
        <translation>[Set the webhook API key first: Paxos sends it with every notification, and without it anyone could post events to the console.]</translation>
    </message>
    <message>
        <source>Set the name of the API-key header configured in Paxos.</source>
        <translation>[Set the name of the API-key header configured in Paxos.]</translation>
    </message>
    <message>
        <source>The webhook path may not contain spaces, '?' or '#'.</source>
        <translation>[The webhook path may not contain spaces, '?' or '#'.]</translation>
    </message>
    <message>
        <source>The body is larger than a notification can be.</source>
        <translation>[The body is larger than a notification can be.]</translation>
    </message>
    <message>
        <source>Not a valid HTTP request: %1</source>
        <translation>[Not a valid HTTP request: %1]</translation>
    </message>
    <message>
        <source>The webhook receiver cannot listen on %1 port %2: %3</source>
        <translation>[The webhook receiver cannot listen on %1 port %2: %3]</translation>
    </message>
    <message>
        <source>the address or port is not available</source>
        <translation>[the address or port is not available]</translation>
    </message>
    <message>
        <source>No webhook at this path.</source>
        <translation>[No webhook at this path.]</translation>
    </message>
    <message>
        <source>Notifications are POSTed.</source>
        <translation>[Notifications are POSTed.]</translation>
    </message>
    <message>
        <source>The API-key header is missing.</source>
        <translation>[The API-key header is missing.]</translation>
    </message>
    <message>
        <source>The API key is not the one configured.</source>
        <translation>[The API key is not the one configured.]</translation>
    </message>
    <message>
        <source>Not a Paxos event notification: %1</source>
        <translation>[Not a Paxos event notification: %1]</translation>
    </message>
</context>
<context>
    <name>console::dashboard</name>
    <message>
        <source>Nothing (with Paxos)</source>
        <translation>[Nothing (with Paxos)]</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>[Unknown]</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>[Nobody]</translation>
    </message>
    <message>
        <source>%1+d</source>
        <translation>[%1+d]</translation>
    </message>
    <message>
        <source>%1–%2d</source>
        <translation>[%1–%2d]</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>[Not named]</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation><numerusform>[%n minute(s)]</numerusform><numerusform>[%n minute(s)]</numerusform></translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>[%1 hours]</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>[%1 days]</translation>
    </message>
    <message>
        <source>Not seen yet</source>
        <translation>[Not seen yet]</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>[Now]</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date of a period's end</comment>
        <translation>[d MMM]</translation>
    </message>
    <message>
        <source>0–1h</source>
        <translation>[0–1h]</translation>
    </message>
    <message>
        <source>1–24h</source>
        <translation>[1–24h]</translation>
    </message>
    <message>
        <source>1–3d</source>
        <translation>[1–3d]</translation>
    </message>
    <message>
        <source>3–7d</source>
        <translation>[3–7d]</translation>
    </message>
    <message>
        <source>7–14d</source>
        <translation>[7–14d]</translation>
    </message>
    <message>
        <source>14–30d</source>
        <translation>[14–30d]</translation>
    </message>
    <message>
        <source>30+d</source>
        <translation>[30+d]</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>[Missing]</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>[Received]</translation>
    </message>
    <message>
        <source>Median (minutes; -1: none)</source>
        <translation>[Median (minutes; -1: none)]</translation>
    </message>
    <message>
        <source>Decided before the console saw it</source>
        <translation>[Decided before the console saw it]</translation>
    </message>
</context>
<context>
    <name>console::onboarding</name>
    <message>
        <source>Yes</source>
        <translation>[Yes]</translation>
    </message>
    <message>
        <source>No</source>
        <translation>[No]</translation>
    </message>
    <message>
        <source>Metadata “%1”</source>
        <translation>[Metadata “%1”]</translation>
    </message>
</context>
<context>
    <name>console::onboarding::DuplicateCipWorkflow</name>
    <message>
        <source>Declined a new customer whose government ID matches this identity: %1</source>
        <translation>[Declined a new customer whose government ID matches this identity: %1]</translation>
    </message>
    <message>
        <source>Create account on existing identity</source>
        <translation>[Create account on existing identity]</translation>
    </message>
    <message>
        <source>Changes cannot be sent from here.</source>
        <translation>[Changes cannot be sent from here.]</translation>
    </message>
</context>
<context>
    <name>console::onboarding::InstitutionMembers</name>
    <message>
        <source>Not sent: no write gate.</source>
        <translation>[Not sent: no write gate.]</translation>
    </message>
    <message numerus="yes">
        <source>Add %n institution members</source>
        <translation><numerusform>[Add %n institution members]</numerusform><numerusform>[Add %n institution members]</numerusform></translation>
    </message>
    <message>
        <source>Remove %1 from the institution</source>
        <translation>[Remove %1 from the institution]</translation>
    </message>
</context>
<context>
    <name>console::onboarding::InstitutionSubmission</name>
    <message>
        <source>Not sent: no write gate.</source>
        <translation>[Not sent: no write gate.]</translation>
    </message>
    <message>
        <source>Create institution identity</source>
        <translation>[Create institution identity]</translation>
    </message>
    <message>
        <source>Update institution identity</source>
        <translation>[Update institution identity]</translation>
    </message>
</context>
<context>
    <name>console::onboarding::PersonSubmission</name>
    <message>
        <source>Create person identity</source>
        <translation>[Create person identity]</translation>
    </message>
    <message>
        <source>Confirm KYC refresh</source>
        <translation>[Confirm KYC refresh]</translation>
    </message>
    <message>
        <source>Update person identity</source>
        <translation>[Update person identity]</translation>
    </message>
    <message>
        <source>Not sent: changes cannot be sent from here.</source>
        <translation>[Not sent: changes cannot be sent from here.]</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>[Cancelled.]</translation>
    </message>
</context>
<context>
    <name>console::onboarding::SandboxOutcomes</name>
    <message>
        <source>Screening passes</source>
        <translation>[Screening passes]</translation>
    </message>
    <message>
        <source>ID verification, sanctions and additional screening become Approved.</source>
        <translation>[ID verification, sanctions and additional screening become Approved.]</translation>
    </message>
    <message>
        <source>Sanctions hit</source>
        <translation>[Sanctions hit]</translation>
    </message>
    <message>
        <source>Sanctions screening is denied; the identity is Denied.</source>
        <translation>[Sanctions screening is denied; the identity is Denied.]</translation>
    </message>
    <message>
        <source>Possible sanctions hit</source>
        <translation>[Possible sanctions hit]</translation>
    </message>
    <message>
        <source>Sanctions screening needs manual review; the identity stays Pending until a status is set.</source>
        <translation>[Sanctions screening needs manual review; the identity stays Pending until a status is set.]</translation>
    </message>
    <message>
        <source>ID verification outstanding</source>
        <translation>[ID verification outstanding]</translation>
    </message>
    <message>
        <source>ID verification becomes Pending; so does the identity.</source>
        <translation>[ID verification becomes Pending; so does the identity.]</translation>
    </message>
    <message>
        <source>Enhanced due diligence</source>
        <translation>[Enhanced due diligence]</translation>
    </message>
    <message>
        <source>Paxos asks for proof of funds and proof of residency; approved once both are uploaded.</source>
        <translation>[Paxos asks for proof of funds and proof of residency; approved once both are uploaded.]</translation>
    </message>
    <message>
        <source>KYC refresh due</source>
        <translation>[KYC refresh due]</translation>
    </message>
    <message>
        <source>A 30-day KYC refresh window opens; confirm it with a KYC refresh.</source>
        <translation>[A 30-day KYC refresh window opens; confirm it with a KYC refresh.]</translation>
    </message>
    <message>
        <source>KYC refresh expired</source>
        <translation>[KYC refresh expired]</translation>
    </message>
    <message>
        <source>The refresh expires: Paxos adds a sell-only control and the identity is Disabled until a KYC refresh.</source>
        <translation>[The refresh expires: Paxos adds a sell-only control and the identity is Disabled until a KYC refresh.]</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>[Dormant]</translation>
    </message>
    <message>
        <source>Paxos sets a dormancy control; the identity is Disabled.</source>
        <translation>[Paxos sets a dormancy control; the identity is Disabled.]</translation>
    </message>
    <message>
        <source>Frozen by Paxos</source>
        <translation>[Frozen by Paxos]</translation>
    </message>
    <message>
        <source>Paxos freezes the identity for a compliance investigation.</source>
        <translation>[Paxos freezes the identity for a compliance investigation.]</translation>
    </message>
    <message>
        <source>Sandbox statuses can only be set in a sandbox.</source>
        <translation>[Sandbox statuses can only be set in a sandbox.]</translation>
    </message>
    <message>
        <source>Scenario triggers exist only in the local sandbox.</source>
        <translation>[Scenario triggers exist only in the local sandbox.]</translation>
    </message>
    <message>
        <source>Demo identities can only be added to the local sandbox.</source>
        <translation>[Demo identities can only be added to the local sandbox.]</translation>
    </message>
    <message>
        <source>Set sandbox status (%1)</source>
        <translation>[Set sandbox status (%1)]</translation>
    </message>
    <message>
        <source>Run the sandbox scenario %1</source>
        <translation>[Run the sandbox scenario %1]</translation>
    </message>
    <message numerus="yes">
        <source>Add %n demo identities</source>
        <translation><numerusform>[Add %n demo identities]</numerusform><numerusform>[Add %n demo identities]</numerusform></translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>[Local sandbox]</translation>
    </message>
    <message>
        <source>Changes cannot be sent from here.</source>
        <translation>[Changes cannot be sent from here.]</translation>
    </message>
</context>
<context>
    <name>console::ui::AboutDialog</name>
    <message>
        <source>About Compliance Console</source>
        <translation>[About Compliance Console]</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Compliance Console %1&lt;/h2&gt;&lt;p&gt;Review and onboard identities through the Paxos v2 Identity API.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Client secrets are kept in the system keychain; revealing a customer's government id or date of birth is recorded in the audit trail.&lt;/p&gt;</source>
        <translation>[&lt;h2&gt;Compliance Console %1&lt;/h2&gt;&lt;p&gt;Review and onboard identities through the Paxos v2 Identity API.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Client secrets are kept in the system keychain; revealing a customer's government id or date of birth is recorded in the audit trail.&lt;/p&gt;]</translation>
    </message>
</context>
<context>
    <name>console::ui::AccountDialog</name>
    <message>
        <source>Update account</source>
        <translation>[Update account]</translation>
    </message>
    <message>
        <source>Open an account</source>
        <translation>[Open an account]</translation>
    </message>
    <message>
        <source>Owner identity:</source>
        <translation>[Owner identity:]</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>[(not set)]</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>[&amp;Type:]</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>[&amp;Description:]</translation>
    </message>
    <message>
        <source>Your reference; Paxos refuses a second account with it</source>
        <translation>[Your reference; Paxos refuses a second account with it]</translation>
    </message>
    <message>
        <source>&amp;Reference ID:</source>
        <translation>[&amp;Reference ID:]</translation>
    </message>
    <message>
        <source>Also create a &amp;profile to hold the account's balances</source>
        <translation>[Also create a &amp;profile to hold the account's balances]</translation>
    </message>
    <message>
        <source>A profile can only be created with the account; it cannot be added later.</source>
        <translation>[A profile can only be created with the account; it cannot be added later.]</translation>
    </message>
    <message>
        <source>&amp;Disable the account</source>
        <translation>[&amp;Disable the account]</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>[Profile:]</translation>
    </message>
    <message>
        <source>none (a profile can only be created with the account)</source>
        <translation>[none (a profile can only be created with the account)]</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>[&amp;Add member]</translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translation>[&amp;Remove member]</translation>
    </message>
    <message>
        <source>Members besides the owner. Paxos lets an update add or remove only financial advisors and authorized users; a beneficial owner stays.</source>
        <translation>[Members besides the owner. Paxos lets an update add or remove only financial advisors and authorized users; a beneficial owner stays.]</translation>
    </message>
    <message>
        <source>Members besides the owner, who is the account's primary owner for tax purposes.</source>
        <translation>[Members besides the owner, who is the account's primary owner for tax purposes.]</translation>
    </message>
    <message>
        <source>&amp;Send update</source>
        <translation>[&amp;Send update]</translation>
    </message>
    <message>
        <source>&amp;Open account</source>
        <translation>[&amp;Open account]</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>[Members]</translation>
    </message>
    <message>
        <source>Paxos does not let Update Account add or remove this role.</source>
        <translation>[Paxos does not let Update Account add or remove this role.]</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>[Nothing has changed.]</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>[Member]</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>[%1 (%2)]</translation>
    </message>
    <message>
        <source>Add an account member</source>
        <translation>[Add an account member]</translation>
    </message>
    <message>
        <source>Find the person by name, ref_id or id; tick the roles in the table.</source>
        <translation>[Find the person by name, ref_id or id; tick the roles in the table.]</translation>
    </message>
</context>
<context>
    <name>console::ui::AccountsIntegration</name>
    <message>
        <source>Accounts</source>
        <translation>[Accounts]</translation>
    </message>
</context>
<context>
    <name>console::ui::AccountsPanel</name>
    <message>
        <source>Account / member</source>
        <translation>[Account / member]</translation>
    </message>
    <message>
        <source>Type / roles</source>
        <translation>[Type / roles]</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>[Status]</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>[Profile]</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>[&amp;New account…]</translation>
    </message>
    <message>
        <source>&amp;Edit account…</source>
        <translation>[&amp;Edit account…]</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>[&amp;Add member…]</translation>
    </message>
    <message>
        <source>Remove &amp;member</source>
        <translation>[Remove &amp;member]</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>[Re&amp;fresh]</translation>
    </message>
    <message>
        <source>Reading the accounts…</source>
        <translation>[Reading the accounts…]</translation>
    </message>
    <message>
        <source>none</source>
        <translation>[none]</translation>
    </message>
    <message>
        <source>Select an identity to see its accounts.</source>
        <translation>[Select an identity to see its accounts.]</translation>
    </message>
    <message>
        <source>This identity has no account yet. An approved identity needs one to hold balances.</source>
        <translation>[This identity has no account yet. An approved identity needs one to hold balances.]</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s).</source>
        <translation><numerusform>[%n account(s).]</numerusform><numerusform>[%n account(s).]</numerusform></translation>
    </message>
    <message>
        <source>yes</source>
        <translation>[yes]</translation>
    </message>
    <message>
        <source>no</source>
        <translation>[no]</translation>
    </message>
    <message>
        <source>Account id</source>
        <translation>[Account id]</translation>
    </message>
    <message>
        <source>Reference ID</source>
        <translation>[Reference ID]</translation>
    </message>
    <message>
        <source>Owner identity</source>
        <translation>[Owner identity]</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>[Type]</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>[Description]</translation>
    </message>
    <message>
        <source>Disabled by you</source>
        <translation>[Disabled by you]</translation>
    </message>
    <message>
        <source>Disabled by Paxos</source>
        <translation>[Disabled by Paxos]</translation>
    </message>
    <message>
        <source>none: a profile can only be created with the account</source>
        <translation>[none: a profile can only be created with the account]</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>[Created]</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>[Updated]</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>[Metadata]</translation>
    </message>
    <message>
        <source>Add an account member</source>
        <translation>[Add an account member]</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>[Roles:]</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>[&amp;Add member]</translation>
    </message>
    <message>
        <source>Remove account member</source>
        <translation>[Remove account member]</translation>
    </message>
    <message>
        <source>Remove %1 (%2) from the account?</source>
        <translation>[Remove %1 (%2) from the account?]</translation>
    </message>
    <message>
        <source>Profile nickname</source>
        <translation>[Profile nickname]</translation>
    </message>
    <message>
        <source>Profile type</source>
        <translation>[Profile type]</translation>
    </message>
    <message>
        <source>Normal (created by the platform)</source>
        <translation>[Normal (created by the platform)]</translation>
    </message>
    <message>
        <source>Default (made by Paxos)</source>
        <translation>[Default (made by Paxos)]</translation>
    </message>
    <message>
        <source>Profile description</source>
        <translation>[Profile description]</translation>
    </message>
    <message>
        <source>Profile's account</source>
        <translation>[Profile's account]</translation>
    </message>
    <message>
        <source>%1 (could not be read: %2)</source>
        <translation>[%1 (could not be read: %2)]</translation>
    </message>
    <message>
        <source>%1 (reading…)</source>
        <translation>[%1 (reading…)]</translation>
    </message>
    <message>
        <source>Find and choose the person to add.</source>
        <translation>[Find and choose the person to add.]</translation>
    </message>
</context>
<context>
    <name>console::ui::AssignDialog</name>
    <message>
        <source>Assign identity</source>
        <translation>[Assign identity]</translation>
    </message>
    <message>
        <source>Reviewer's operator name</source>
        <translation>[Reviewer's operator name]</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>[Assign]</translation>
    </message>
    <message>
        <source>Assign &amp;to</source>
        <translation>[Assign &amp;to]</translation>
    </message>
</context>
<context>
    <name>console::ui::AuditTrailTableModel</name>
    <message>
        <source>Succeeded</source>
        <translation>[Succeeded]</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>[Failed]</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>[Cancelled]</translation>
    </message>
    <message>
        <source>When</source>
        <translation>[When]</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>[Operator]</translation>
    </message>
    <message>
        <source>OS user</source>
        <translation>[OS user]</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>[Environment]</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>[Action]</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>[Identity]</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>[Outcome]</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>[Request id]</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>[Entry]</translation>
    </message>
</context>
<context>
    <name>console::ui::AuditTrailView</name>
    <message>
        <source>Audit trail</source>
        <translation>[Audit trail]</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>[All actions]</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>[Any outcome]</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>[Succeeded]</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>[Failed]</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>[Cancelled]</translation>
    </message>
    <message>
        <source>Identity id</source>
        <translation>[Identity id]</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>[Operator]</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>[&amp;From]</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>[&amp;To]</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>[C&amp;lear filters]</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>[&amp;Verify chain]</translation>
    </message>
    <message>
        <source>Recompute every entry's hash and report the first broken link</source>
        <translation>[Recompute every entry's hash and report the first broken link]</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>[&amp;Export CSV…]</translation>
    </message>
    <message>
        <source>Write the entries that match the filters to a CSV file</source>
        <translation>[Write the entries that match the filters to a CSV file]</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>[&amp;Action]</translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation>[O&amp;utcome]</translation>
    </message>
    <message>
        <source>&amp;Identity</source>
        <translation>[&amp;Identity]</translation>
    </message>
    <message>
        <source>O&amp;perator</source>
        <translation>[O&amp;perator]</translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation>[Filter by action]</translation>
    </message>
    <message>
        <source>Filter by outcome</source>
        <translation>[Filter by outcome]</translation>
    </message>
    <message>
        <source>Filter by identity id</source>
        <translation>[Filter by identity id]</translation>
    </message>
    <message>
        <source>Filter by operator</source>
        <translation>[Filter by operator]</translation>
    </message>
    <message>
        <source>Only entries from a date</source>
        <translation>[Only entries from a date]</translation>
    </message>
    <message>
        <source>Entries from</source>
        <translation>[Entries from]</translation>
    </message>
    <message>
        <source>Only entries before a date</source>
        <translation>[Only entries before a date]</translation>
    </message>
    <message>
        <source>Entries before</source>
        <translation>[Entries before]</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>[Clear filters]</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>[Verify chain]</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>[Export CSV]</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>[Audit entries]</translation>
    </message>
    <message>
        <source>Details of the selected entry</source>
        <translation>[Details of the selected entry]</translation>
    </message>
    <message>
        <source>Select an entry to see what was done, by whom, and its link in the chain.</source>
        <translation>[Select an entry to see what was done, by whom, and its link in the chain.]</translation>
    </message>
    <message>
        <source>Result of the last check or export</source>
        <translation>[Result of the last check or export]</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>[Cancel]</translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation>[Cancel the running task]</translation>
    </message>
    <message>
        <source>(no operator name)</source>
        <translation>[(no operator name)]</translation>
    </message>
    <message>
        <source>(signed in to the computer as %1)</source>
        <translation>[(signed in to the computer as %1)]</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>[Who]</translation>
    </message>
    <message>
        <source>What</source>
        <translation>[What]</translation>
    </message>
    <message>
        <source>When</source>
        <translation>[When]</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>[Environment]</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>[not recorded]</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>[Identity]</translation>
    </message>
    <message>
        <source>none</source>
        <translation>[none]</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>[Outcome]</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>[Request id]</translation>
    </message>
    <message>
        <source>no call to Paxos</source>
        <translation>[no call to Paxos]</translation>
    </message>
    <message>
        <source>Fields recorded</source>
        <translation>[Fields recorded]</translation>
    </message>
    <message>
        <source>No fields were recorded with this entry.</source>
        <translation>[No fields were recorded with this entry.]</translation>
    </message>
    <message>
        <source>Link in the chain</source>
        <translation>[Link in the chain]</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>[Entry]</translation>
    </message>
    <message>
        <source>Previous hash</source>
        <translation>[Previous hash]</translation>
    </message>
    <message>
        <source>none: the first entry</source>
        <translation>[none: the first entry]</translation>
    </message>
    <message>
        <source>This hash</source>
        <translation>[This hash]</translation>
    </message>
    <message>
        <source>The chain check found this entry altered or out of place.</source>
        <translation>[The chain check found this entry altered or out of place.]</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation>[The audit trail could not be read: %1]</translation>
    </message>
    <message>
        <source>The audit trail could not be counted: %1</source>
        <translation>[The audit trail could not be counted: %1]</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>[1 entry]</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>[%1 entries]</translation>
    </message>
    <message>
        <source>Verifying the chain…</source>
        <translation>[Verifying the chain…]</translation>
    </message>
    <message>
        <source>entry %1 (missing)</source>
        <translation>[entry %1 (missing)]</translation>
    </message>
    <message>
        <source>entry %1 — %2 by %3 on %4</source>
        <translation>[entry %1 — %2 by %3 on %4]</translation>
    </message>
    <message>
        <source>, identity %1</source>
        <translation>[, identity %1]</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>[Verification cancelled.]</translation>
    </message>
    <message>
        <source>Verification failed: %1</source>
        <translation>[Verification failed: %1]</translation>
    </message>
    <message>
        <source>The chain is intact: %1 entries checked.</source>
        <translation>[The chain is intact: %1 entries checked.]</translation>
    </message>
    <message>
        <source>The chain is broken at %1: %2</source>
        <translation>[The chain is broken at %1: %2]</translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation>[Export audit trail]</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>[CSV files (*.csv)]</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>[Exported to %1.]</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>[Export cancelled; no file was written.]</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>[Export failed: %1]</translation>
    </message>
    <message>
        <source>The export could not be recorded in the audit trail: %1</source>
        <translation>[The export could not be recorded in the audit trail: %1]</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>[Exporting…]</translation>
    </message>
</context>
<context>
    <name>console::ui::AuditTrailWindow</name>
    <message>
        <source>Audit trail</source>
        <translation>[Audit trail]</translation>
    </message>
</context>
<context>
    <name>console::ui::ConnectionDialog</name>
    <message>
        <source>Switch Environment</source>
        <translation>[Switch Environment]</translation>
    </message>
    <message>
        <source>Choose where the console connects. Each environment has its own identities and its own API credentials.</source>
        <translation>[Choose where the console connects. Each environment has its own identities and its own API credentials.]</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>[Local sandbox]</translation>
    </message>
    <message>
        <source>Built in, runs on this computer. No account needed.</source>
        <translation>[Built in, runs on this computer. No account needed.]</translation>
    </message>
    <message>
        <source>Paxos Sandbox</source>
        <translation>[Paxos Sandbox]</translation>
    </message>
    <message>
        <source>api.sandbox.paxos.com, with your sandbox API credentials.</source>
        <translation>[api.sandbox.paxos.com, with your sandbox API credentials.]</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>[Production]</translation>
    </message>
    <message>
        <source>api.paxos.com: live customers. Changes ask for typed confirmation.</source>
        <translation>[api.paxos.com: live customers. Changes ask for typed confirmation.]</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>[Custom server]</translation>
    </message>
    <message>
        <source>Any server, e.g. a sandbox on another machine.</source>
        <translation>[Any server, e.g. a sandbox on another machine.]</translation>
    </message>
    <message>
        <source>&amp;Token URL</source>
        <translation>[&amp;Token URL]</translation>
    </message>
    <message>
        <source>API &amp;base</source>
        <translation>[API &amp;base]</translation>
    </message>
    <message>
        <source>Client &amp;ID</source>
        <translation>[Client &amp;ID]</translation>
    </message>
    <message>
        <source>Client &amp;secret</source>
        <translation>[Client &amp;secret]</translation>
    </message>
    <message>
        <source>The local sandbox uses its built-in demo client.</source>
        <translation>[The local sandbox uses its built-in demo client.]</translation>
    </message>
    <message>
        <source>You are about to work on live customer data. The window turns red, and every change asks you to type PRODUCTION first.</source>
        <translation>[You are about to work on live customer data. The window turns red, and every change asks you to type PRODUCTION first.]</translation>
    </message>
    <message>
        <source>Team &amp;record database…</source>
        <translation>[Team &amp;record database…]</translation>
    </message>
    <message>
        <source>Where the audit trail, notes and status history are kept: a file on this computer, or a PostgreSQL database the team shares</source>
        <translation>[Where the audit trail, notes and status history are kept: a file on this computer, or a PostgreSQL database the team shares]</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>[&amp;Connect]</translation>
    </message>
    <message>
        <source>&amp;Connect to Production</source>
        <translation>[&amp;Connect to Production]</translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace</source>
        <translation>[Stored in the keychain; type to replace]</translation>
    </message>
    <message>
        <source>Shown once when you created the credentials</source>
        <translation>[Shown once when you created the credentials]</translation>
    </message>
    <message>
        <source>The secret is kept in the system keychain, never in a settings file.</source>
        <translation>[The secret is kept in the system keychain, never in a settings file.]</translation>
    </message>
    <message>
        <source>No system keychain is available: the secret is kept only until the console quits.</source>
        <translation>[No system keychain is available: the secret is kept only until the console quits.]</translation>
    </message>
    <message>
        <source>Enter the token URL.</source>
        <translation>[Enter the token URL.]</translation>
    </message>
    <message>
        <source>Token URL: %1</source>
        <translation>[Token URL: %1]</translation>
    </message>
    <message>
        <source>Enter the API base URL.</source>
        <translation>[Enter the API base URL.]</translation>
    </message>
    <message>
        <source>API base: %1</source>
        <translation>[API base: %1]</translation>
    </message>
    <message>
        <source>Enter the client ID.</source>
        <translation>[Enter the client ID.]</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>[Enter the client secret.]</translation>
    </message>
</context>
<context>
    <name>console::ui::ConnectionIndicator</name>
    <message>
        <source>Not connected</source>
        <translation>[Not connected]</translation>
    </message>
    <message>
        <source>Starting local sandbox…</source>
        <translation>[Starting local sandbox…]</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>[Connecting…]</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>[Connected]</translation>
    </message>
    <message>
        <source>Offline: read-only</source>
        <translation>[Offline: read-only]</translation>
    </message>
    <message>
        <source>· token valid %1</source>
        <translation>[· token valid %1]</translation>
    </message>
    <message>
        <source>· token expired, renewed on next call</source>
        <translation>[· token expired, renewed on next call]</translation>
    </message>
    <message>
        <source>Access token expires %1</source>
        <translation>[Access token expires %1]</translation>
    </message>
    <message>
        <source>· Last error: %1</source>
        <translation>[· Last error: %1]</translation>
    </message>
</context>
<context>
    <name>console::ui::ControlsPanel</name>
    <message>
        <source>Control</source>
        <translation>[Control]</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>[Set by]</translation>
    </message>
    <message>
        <source>Reason code</source>
        <translation>[Reason code]</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>[Reason]</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>[Created]</translation>
    </message>
    <message>
        <source>State</source>
        <translation>[State]</translation>
    </message>
    <message>
        <source>Show deleted</source>
        <translation>[Show deleted]</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>[Reload]</translation>
    </message>
    <message>
        <source>Why it is lifted (optional)</source>
        <translation>[Why it is lifted (optional)]</translation>
    </message>
    <message>
        <source>Delete control</source>
        <translation>[Delete control]</translation>
    </message>
    <message>
        <source>Add a control</source>
        <translation>[Add a control]</translation>
    </message>
    <message>
        <source>e.g. no activity for 24 months</source>
        <translation>[e.g. no activity for 24 months]</translation>
    </message>
    <message>
        <source>Add control</source>
        <translation>[Add control]</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>[Type]</translation>
    </message>
    <message>
        <source>The controls could not be loaded: %1</source>
        <translation>[The controls could not be loaded: %1]</translation>
    </message>
    <message>
        <source>Loading controls…</source>
        <translation>[Loading controls…]</translation>
    </message>
    <message>
        <source>Paxos</source>
        <translation>[Paxos]</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>[Client]</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>[Active]</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>[Deleted %1]</translation>
    </message>
    <message>
        <source>Set by Paxos. Only Paxos can lift it; contact Paxos support with the reason code.</source>
        <translation>[Set by Paxos. Only Paxos can lift it; contact Paxos support with the reason code.]</translation>
    </message>
    <message>
        <source>This control is not overridable.</source>
        <translation>[This control is not overridable.]</translation>
    </message>
    <message>
        <source>Select an identity to see its controls.</source>
        <translation>[Select an identity to see its controls.]</translation>
    </message>
    <message>
        <source>No controls: nothing restricts this identity.</source>
        <translation>[No controls: nothing restricts this identity.]</translation>
    </message>
    <message>
        <source>Controls set by Paxos (compliance holds, KYC expiry) cannot be deleted from the console; Paxos lifts them when the cause is resolved.</source>
        <translation>[Controls set by Paxos (compliance holds, KYC expiry) cannot be deleted from the console; Paxos lifts them when the cause is resolved.]</translation>
    </message>
    <message>
        <source>Client-set controls can be deleted; the identity's status follows.</source>
        <translation>[Client-set controls can be deleted; the identity's status follows.]</translation>
    </message>
    <message>
        <source>Controls set by Paxos, non-overridable or already deleted controls cannot be deleted.</source>
        <translation>[Controls set by Paxos, non-overridable or already deleted controls cannot be deleted.]</translation>
    </message>
    <message>
        <source>The customer can then only sell and hold what they have: no buying, no new deposit addresses, no crypto withdrawals.</source>
        <translation>[The customer can then only sell and hold what they have: no buying, no new deposit addresses, no crypto withdrawals.]</translation>
    </message>
    <message>
        <source>The identity becomes Disabled at once: the customer keeps their assets but can start no new transactions until the control is lifted.</source>
        <translation>[The identity becomes Disabled at once: the customer keeps their assets but can start no new transactions until the control is lifted.]</translation>
    </message>
    <message>
        <source>The customer's identity is closed: they can do nothing with it until the control is lifted.</source>
        <translation>[The customer's identity is closed: they can do nothing with it until the control is lifted.]</translation>
    </message>
    <message>
        <source>The customer's identity is frozen: they cannot transact.</source>
        <translation>[The customer's identity is frozen: they cannot transact.]</translation>
    </message>
    <message>
        <source>This restricts what the customer can do until the control is lifted.</source>
        <translation>[This restricts what the customer can do until the control is lifted.]</translation>
    </message>
    <message>
        <source>The %1 restriction ends for the customer: unless another control or the identity's status still restricts them, they can buy, deposit and withdraw again.</source>
        <translation>[The %1 restriction ends for the customer: unless another control or the identity's status still restricts them, they can buy, deposit and withdraw again.]</translation>
    </message>
    <message>
        <source>Add a %1 control to this identity?</source>
        <translation>[Add a %1 control to this identity?]</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>[Add %1]</translation>
    </message>
    <message>
        <source>Lift a control</source>
        <translation>[Lift a control]</translation>
    </message>
    <message>
        <source>Lift the %1 control on this identity?</source>
        <translation>[Lift the %1 control on this identity?]</translation>
    </message>
    <message>
        <source>Lift %1</source>
        <translation>[Lift %1]</translation>
    </message>
</context>
<context>
    <name>console::ui::CopyableField</name>
    <message>
        <source>Copy to clipboard</source>
        <translation>[Copy to clipboard]</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>[Copy]</translation>
    </message>
</context>
<context>
    <name>console::ui::DashboardFilter</name>
    <message>
        <source>Dashboard: %1</source>
        <translation>[Dashboard: %1]</translation>
    </message>
</context>
<context>
    <name>console::ui::DashboardIntegration</name>
    <message>
        <source>Dashboard</source>
        <translation>[Dashboard]</translation>
    </message>
</context>
<context>
    <name>console::ui::DashboardView</name>
    <message>
        <source>Age &amp;limit:</source>
        <translation>[Age &amp;limit:]</translation>
    </message>
    <message>
        <source> days</source>
        <translation>[ days]</translation>
    </message>
    <message>
        <source>Pending identities older than this are over the team's limit</source>
        <translation>[Pending identities older than this are over the team's limit]</translation>
    </message>
    <message>
        <source>Status now</source>
        <translation>[Status now]</translation>
    </message>
    <message>
        <source>Pending by age</source>
        <translation>[Pending by age]</translation>
    </message>
    <message>
        <source>What pending identities wait on</source>
        <translation>[What pending identities wait on]</translation>
    </message>
    <message>
        <source>Who must act</source>
        <translation>[Who must act]</translation>
    </message>
    <message>
        <source>Click a bar to show those identities in the queue</source>
        <translation>[Click a bar to show those identities in the queue]</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>[Export]</translation>
    </message>
    <message>
        <source>Chart as PNG…</source>
        <translation>[Chart as PNG…]</translation>
    </message>
    <message>
        <source>Numbers as CSV…</source>
        <translation>[Numbers as CSV…]</translation>
    </message>
    <message numerus="yes">
        <source>%n identities in the queue</source>
        <translation><numerusform>[%n identities in the queue]</numerusform><numerusform>[%n identities in the queue]</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation><numerusform>[%n pending]</numerusform><numerusform>[%n pending]</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n over the %1-day limit</source>
        <translation><numerusform>[%n over the %1-day limit]</numerusform><numerusform>[%n over the %1-day limit]</numerusform></translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>[Identities]</translation>
    </message>
    <message>
        <source>Within the limit</source>
        <translation>[Within the limit]</translation>
    </message>
    <message>
        <source>Over the limit</source>
        <translation>[Over the limit]</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>[Pending]</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>[Export chart]</translation>
    </message>
    <message>
        <source>Export numbers</source>
        <translation>[Export numbers]</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>[PNG images (*.png)]</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>[CSV files (*.csv)]</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>[Could not write %1]</translation>
    </message>
    <message>
        <source>&amp;Over time:</source>
        <translation>[&amp;Over time:]</translation>
    </message>
    <message>
        <source>per week, 12 weeks</source>
        <translation>[per week, 12 weeks]</translation>
    </message>
    <message>
        <source>per day, 14 days</source>
        <translation>[per day, 14 days]</translation>
    </message>
    <message>
        <source>Status over time: period</source>
        <translation>[Status over time: period]</translation>
    </message>
    <message>
        <source>Status over time</source>
        <translation>[Status over time]</translation>
    </message>
    <message>
        <source>Time to decision</source>
        <translation>[Time to decision]</translation>
    </message>
    <message>
        <source>Documents requested and received</source>
        <translation>[Documents requested and received]</translation>
    </message>
    <message>
        <source>Open identities by reviewer</source>
        <translation>[Open identities by reviewer]</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>[Export %1]</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>[Decisions]</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>[Open]</translation>
    </message>
    <message>
        <source>All identities in the queue</source>
        <translation>[All identities in the queue]</translation>
    </message>
    <message numerus="yes">
        <source>Days since creation; red: over the %n-day limit</source>
        <translation><numerusform>[Days since creation; red: over the %n-day limit]</numerusform><numerusform>[Days since creation; red: over the %n-day limit]</numerusform></translation>
    </message>
    <message>
        <source>Status at each date, from the status history (not seen yet: changed since, nothing recorded before)</source>
        <translation>[Status at each date, from the status history (not seen yet: changed since, nothing recorded before)]</translation>
    </message>
    <message numerus="yes">
        <source>Median %1 (%n decision(s) seen happen)</source>
        <translation><numerusform>[Median %1 (%n decision(s) seen happen)]</numerusform><numerusform>[Median %1 (%n decision(s) seen happen)]</numerusform></translation>
    </message>
    <message>
        <source>No decision seen happen yet</source>
        <translation>[No decision seen happen yet]</translation>
    </message>
    <message numerus="yes">
        <source>%n decided before first seen (not counted)</source>
        <translation><numerusform>[%n decided before first seen (not counted)]</numerusform><numerusform>[%n decided before first seen (not counted)]</numerusform></translation>
    </message>
    <message>
        <source>The requirement or control that holds each back</source>
        <translation>[The requirement or control that holds each back]</translation>
    </message>
    <message>
        <source>Whose move it is on each pending identity</source>
        <translation>[Whose move it is on each pending identity]</translation>
    </message>
    <message>
        <source>No documents asked for (no open enhanced due diligence)</source>
        <translation>[No documents asked for (no open enhanced due diligence)]</translation>
    </message>
    <message>
        <source>Asked for in open EDD; received: the console uploaded one of that type</source>
        <translation>[Asked for in open EDD; received: the console uploaded one of that type]</translation>
    </message>
    <message numerus="yes">
        <source>Not yet approved, denied or disabled; %n with nobody assigned</source>
        <translation><numerusform>[Not yet approved, denied or disabled; %n with nobody assigned]</numerusform><numerusform>[Not yet approved, denied or disabled; %n with nobody assigned]</numerusform></translation>
    </message>
</context>
<context>
    <name>console::ui::DraftsDialog</name>
    <message>
        <source>New person</source>
        <translation>[New person]</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>[Edit person]</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>[Drafts]</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>[Draft]</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>[Form]</translation>
    </message>
    <message>
        <source>Last edited</source>
        <translation>[Last edited]</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>[&amp;Continue]</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>[&amp;Discard]</translation>
    </message>
    <message>
        <source>There is no local store, so there are no drafts.</source>
        <translation>[There is no local store, so there are no drafts.]</translation>
    </message>
    <message>
        <source>Unnamed</source>
        <translation>[Unnamed]</translation>
    </message>
    <message>
        <source>Unreadable (saved without a keychain)</source>
        <translation>[Unreadable (saved without a keychain)]</translation>
    </message>
    <message>
        <source>No drafts.</source>
        <translation>[No drafts.]</translation>
    </message>
    <message>
        <source>New institution</source>
        <translation>[New institution]</translation>
    </message>
    <message>
        <source>Edit institution</source>
        <translation>[Edit institution]</translation>
    </message>
    <message>
        <source>Forms you started in this environment and did not send. They are kept encrypted in the local store.</source>
        <translation>[Forms you started in this environment and did not send. They are kept encrypted in the local store.]</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>[Environment]</translation>
    </message>
</context>
<context>
    <name>console::ui::DuplicateCipIdDialog</name>
    <message>
        <source>Government ID already onboarded</source>
        <translation>[Government ID already onboarded]</translation>
    </message>
    <message>
        <source>Paxos already holds an identity with this government ID (same number, type and country), so it did not create a new one. Compare the two below. If they are different people, decline this customer. If it is the same person, open a new account on the existing identity instead of a second identity.</source>
        <translation>[Paxos already holds an identity with this government ID (same number, type and country), so it did not create a new one. Compare the two below. If they are different people, decline this customer. If it is the same person, open a new account on the existing identity instead of a second identity.]</translation>
    </message>
    <message>
        <source>Entered now</source>
        <translation>[Entered now]</translation>
    </message>
    <message>
        <source>Existing identity</source>
        <translation>[Existing identity]</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>[Decision]</translation>
    </message>
    <message>
        <source>&amp;Different person: decline this customer</source>
        <translation>[&amp;Different person: decline this customer]</translation>
    </message>
    <message>
        <source>&amp;Same person: open a new account on the existing identity</source>
        <translation>[&amp;Same person: open a new account on the existing identity]</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>[Other]</translation>
    </message>
    <message>
        <source>Why this customer is declined (recorded)</source>
        <translation>[Why this customer is declined (recorded)]</translation>
    </message>
    <message>
        <source>Reason &amp;code</source>
        <translation>[Reason &amp;code]</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>[&amp;Reason]</translation>
    </message>
    <message>
        <source>Create a &amp;profile (balances) with the account</source>
        <translation>[Create a &amp;profile (balances) with the account]</translation>
    </message>
    <message>
        <source>Account &amp;type</source>
        <translation>[Account &amp;type]</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>[D&amp;escription]</translation>
    </message>
    <message>
        <source>&amp;Open existing identity</source>
        <translation>[&amp;Open existing identity]</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>[&amp;Try again]</translation>
    </message>
    <message>
        <source>Decline customer</source>
        <translation>[Decline customer]</translation>
    </message>
    <message>
        <source>Brokerage account for %1 %2</source>
        <translation>[Brokerage account for %1 %2]</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>[First name]</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>[Middle name]</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>[Last name]</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>[Date of birth]</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>[Address]</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>[Nationality]</translation>
    </message>
    <message>
        <source>Government ID type</source>
        <translation>[Government ID type]</translation>
    </message>
    <message>
        <source>Government ID number</source>
        <translation>[Government ID number]</translation>
    </message>
    <message>
        <source>Government ID country</source>
        <translation>[Government ID country]</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>[Email]</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>[Phone number]</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>[Loading…]</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>[Differs]</translation>
    </message>
    <message>
        <source>Reference ID</source>
        <translation>[Reference ID]</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>[Status]</translation>
    </message>
    <message>
        <source>Not created</source>
        <translation>[Not created]</translation>
    </message>
    <message>
        <source>Loading the existing identity…</source>
        <translation>[Loading the existing identity…]</translation>
    </message>
    <message>
        <source>Existing identity %1 loaded.</source>
        <translation>[Existing identity %1 loaded.]</translation>
    </message>
    <message>
        <source>Opening the account…</source>
        <translation>[Opening the account…]</translation>
    </message>
    <message>
        <source>Account %1 opened on the existing identity. The decision is recorded in the audit trail.</source>
        <translation>[Account %1 opened on the existing identity. The decision is recorded in the audit trail.]</translation>
    </message>
    <message>
        <source>The customer is declined. The decision and its reason are recorded.</source>
        <translation>[The customer is declined. The decision and its reason are recorded.]</translation>
    </message>
    <message>
        <source>&amp;Decline customer</source>
        <translation>[&amp;Decline customer]</translation>
    </message>
    <message>
        <source>Open &amp;account</source>
        <translation>[Open &amp;account]</translation>
    </message>
    <message>
        <source>Write the reason first.</source>
        <translation>[Write the reason first.]</translation>
    </message>
    <message>
        <source>Hidden: the look could not be recorded (%1)</source>
        <translation>[Hidden: the look could not be recorded (%1)]</translation>
    </message>
</context>
<context>
    <name>console::ui::EddChecklistWidget</name>
    <message>
        <source>Choose the document to upload</source>
        <translation>[Choose the document to upload]</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>[Documents (*.pdf *.jpg *.jpeg *.png)]</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>[All files (*)]</translation>
    </message>
    <message>
        <source>Required document</source>
        <translation>[Required document]</translation>
    </message>
    <message>
        <source>State</source>
        <translation>[State]</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>[Cancel]</translation>
    </message>
    <message>
        <source>Documents on file</source>
        <translation>[Documents on file]</translation>
    </message>
    <message>
        <source>File</source>
        <translation>[File]</translation>
    </message>
    <message>
        <source>Types</source>
        <translation>[Types]</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>[Uploaded]</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>[SHA-256]</translation>
    </message>
    <message>
        <source>The documents could not be loaded: %1</source>
        <translation>[The documents could not be loaded: %1]</translation>
    </message>
    <message>
        <source>EDD</source>
        <translation>[EDD]</translation>
    </message>
    <message>
        <source>Select an identity.</source>
        <translation>[Select an identity.]</translation>
    </message>
    <message>
        <source>EDD open</source>
        <translation>[EDD open]</translation>
    </message>
    <message>
        <source>Paxos needs documents before it decides. Upload each one below; the checklist closes when Paxos approves or denies.</source>
        <translation>[Paxos needs documents before it decides. Upload each one below; the checklist closes when Paxos approves or denies.]</translation>
    </message>
    <message>
        <source>No open EDD</source>
        <translation>[No open EDD]</translation>
    </message>
    <message>
        <source>Paxos has not asked for documents, or has decided.</source>
        <translation>[Paxos has not asked for documents, or has decided.]</translation>
    </message>
    <message>
        <source>%1 is not a document type the console knows; it is shown as Paxos sent it.</source>
        <translation>[%1 is not a document type the console knows; it is shown as Paxos sent it.]</translation>
    </message>
    <message>
        <source>Upload as %1%2</source>
        <translation>[Upload as %1%2]</translation>
    </message>
    <message>
        <source>On file</source>
        <translation>[On file]</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>[Missing]</translation>
    </message>
    <message>
        <source>Upload another…</source>
        <translation>[Upload another…]</translation>
    </message>
    <message>
        <source>Upload…</source>
        <translation>[Upload…]</translation>
    </message>
    <message>
        <source>Paxos lists no pending documents.</source>
        <translation>[Paxos lists no pending documents.]</translation>
    </message>
    <message>
        <source>Pending at Paxos: %1</source>
        <translation>[Pending at Paxos: %1]</translation>
    </message>
    <message>
        <source>not uploaded here</source>
        <translation>[not uploaded here]</translation>
    </message>
    <message>
        <source>Reading and hashing…</source>
        <translation>[Reading and hashing…]</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>[Uploading…]</translation>
    </message>
    <message>
        <source>%1 uploaded (SHA-256 %2).</source>
        <translation>[%1 uploaded (SHA-256 %2).]</translation>
    </message>
    <message>
        <source>Upload cancelled.</source>
        <translation>[Upload cancelled.]</translation>
    </message>
    <message>
        <source>Documents needed</source>
        <translation>[Documents needed]</translation>
    </message>
    <message>
        <source>Paxos reviews the institution's business documents before it decides. Upload them below.</source>
        <translation>[Paxos reviews the institution's business documents before it decides. Upload them below.]</translation>
    </message>
</context>
<context>
    <name>console::ui::EnvironmentBanner</name>
    <message>
        <source>Switch environment…</source>
        <translation>[Switch environment…]</translation>
    </message>
    <message>
        <source>Live customer data: every change asks for confirmation</source>
        <translation>[Live customer data: every change asks for confirmation]</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>[Environment: %1]</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>[PRODUCTION]</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation>[ — %1]</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>[%1 · %2]</translation>
    </message>
    <message>
        <source>%1 · live customer data</source>
        <translation>[%1 · live customer data]</translation>
    </message>
</context>
<context>
    <name>console::ui::EventsIntegration</name>
    <message>
        <source>Events</source>
        <translation>[Events]</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>[Controls]</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>[Documents]</translation>
    </message>
    <message>
        <source>Identities with follow-up work: open enhanced due diligence or a KYC refresh</source>
        <translation>[Identities with follow-up work: open enhanced due diligence or a KYC refresh]</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>[Follow-up]</translation>
    </message>
    <message>
        <source>Show &amp;events</source>
        <translation>[Show &amp;events]</translation>
    </message>
    <message>
        <source>&amp;Sync events now</source>
        <translation>[&amp;Sync events now]</translation>
    </message>
    <message>
        <source>&amp;Fetch events since…</source>
        <translation>[&amp;Fetch events since…]</translation>
    </message>
    <message>
        <source>Apply older events too: the follower reaches back one day when it starts</source>
        <translation>[Apply older events too: the follower reaches back one day when it starts]</translation>
    </message>
    <message>
        <source>&amp;Webhook receiver…</source>
        <translation>[&amp;Webhook receiver…]</translation>
    </message>
    <message>
        <source>Desktop &amp;notifications</source>
        <translation>[Desktop &amp;notifications]</translation>
    </message>
    <message>
        <source>Events are being fetched already.</source>
        <translation>[Events are being fetched already.]</translation>
    </message>
    <message>
        <source>Fetch Events Since</source>
        <translation>[Fetch Events Since]</translation>
    </message>
    <message>
        <source>Every event since this time is fetched and applied: status history, timelines and follow-ups catch up. Events applied before are skipped.</source>
        <translation>[Every event since this time is fetched and applied: status history, timelines and follow-ups catch up. Events applied before are skipped.]</translation>
    </message>
    <message>
        <source>&amp;Since</source>
        <translation>[&amp;Since]</translation>
    </message>
    <message>
        <source>&amp;Fetch</source>
        <translation>[&amp;Fetch]</translation>
    </message>
    <message>
        <source>Fetching events since %1…</source>
        <translation>[Fetching events since %1…]</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>[Cancel]</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) fetched…</source>
        <translation><numerusform>[%n event(s) fetched…]</numerusform><numerusform>[%n event(s) fetched…]</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Fetched %n event(s); the ones not applied before are being applied.</source>
        <translation><numerusform>[Fetched %n event(s); the ones not applied before are being applied.]</numerusform><numerusform>[Fetched %n event(s); the ones not applied before are being applied.]</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Stopped fetching events after %n event(s).</source>
        <translation><numerusform>[Stopped fetching events after %n event(s).]</numerusform><numerusform>[Stopped fetching events after %n event(s).]</numerusform></translation>
    </message>
    <message>
        <source>Events could not be fetched: %1</source>
        <translation>[Events could not be fetched: %1]</translation>
    </message>
</context>
<context>
    <name>console::ui::EventsView</name>
    <message>
        <source>Any state</source>
        <translation>[Any state]</translation>
    </message>
    <message>
        <source>Any delivery</source>
        <translation>[Any delivery]</translation>
    </message>
    <message>
        <source>By webhook</source>
        <translation>[By webhook]</translation>
    </message>
    <message>
        <source>By follower</source>
        <translation>[By follower]</translation>
    </message>
    <message>
        <source>By both</source>
        <translation>[By both]</translation>
    </message>
    <message>
        <source>Event or identity id, type…</source>
        <translation>[Event or identity id, type…]</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>[Sync now]</translation>
    </message>
    <message>
        <source>Ask Paxos for events now instead of waiting for the next poll</source>
        <translation>[Ask Paxos for events now instead of waiting for the next poll]</translation>
    </message>
    <message>
        <source>Documents required</source>
        <translation>[Documents required]</translation>
    </message>
    <message>
        <source>Raw event</source>
        <translation>[Raw event]</translation>
    </message>
    <message>
        <source>Select an event to see it as Paxos sent it.</source>
        <translation>[Select an event to see it as Paxos sent it.]</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation><numerusform>[%n event(s)]</numerusform><numerusform>[%n event(s)]</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n event(s)</source>
        <translation><numerusform>[%1 of %n event(s)]</numerusform><numerusform>[%1 of %n event(s)]</numerusform></translation>
    </message>
    <message>
        <source>Events are not being received.</source>
        <translation>[Events are not being received.]</translation>
    </message>
    <message>
        <source>All event types</source>
        <translation>[All event types]</translation>
    </message>
    <message>
        <source>Raw event %1</source>
        <translation>[Raw event %1]</translation>
    </message>
    <message>
        <source>Search events</source>
        <translation>[Search events]</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>[Events]</translation>
    </message>
</context>
<context>
    <name>console::ui::EvidenceExportDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>[&amp;Export]</translation>
    </message>
    <message>
        <source>Evidence pack for identity %1</source>
        <translation>[Evidence pack for identity %1]</translation>
    </message>
    <message>
        <source>Evidence pack for &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>[Evidence pack for &lt;b&gt;%1&lt;/b&gt; (%2)]</translation>
    </message>
    <message>
        <source>SHA-256 of the PDF</source>
        <translation>[SHA-256 of the PDF]</translation>
    </message>
    <message>
        <source>Keep this value: it shows later that the PDF is unchanged.</source>
        <translation>[Keep this value: it shows later that the PDF is unchanged.]</translation>
    </message>
    <message>
        <source>Save the evidence pack as</source>
        <translation>[Save the evidence pack as]</translation>
    </message>
    <message>
        <source>Choose where to save the evidence pack</source>
        <translation>[Choose where to save the evidence pack]</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>[Export progress]</translation>
    </message>
    <message>
        <source>Choose at least one file to write.</source>
        <translation>[Choose at least one file to write.]</translation>
    </message>
    <message>
        <source>Writes %1</source>
        <translation>[Writes %1]</translation>
    </message>
    <message>
        <source> and </source>
        <translation>[ and ]</translation>
    </message>
    <message>
        <source>Save evidence pack</source>
        <translation>[Save evidence pack]</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>[PDF files (*.pdf)]</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>[JSON files (*.json)]</translation>
    </message>
    <message>
        <source>The folder %1 could not be created; choose another.</source>
        <translation>[The folder %1 could not be created; choose another.]</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; choose another.</source>
        <translation>[The folder %1 does not exist; choose another.]</translation>
    </message>
    <message>
        <source>No temporary folder could be created: %1</source>
        <translation>[No temporary folder could be created: %1]</translation>
    </message>
    <message>
        <source>Writing the evidence pack…</source>
        <translation>[Writing the evidence pack…]</translation>
    </message>
    <message>
        <source>The evidence pack was written. The PDF's SHA-256, also recorded in the audit trail:</source>
        <translation>[The evidence pack was written. The PDF's SHA-256, also recorded in the audit trail:]</translation>
    </message>
    <message>
        <source>The evidence pack was written.</source>
        <translation>[The evidence pack was written.]</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>[Export cancelled; no file was written.]</translation>
    </message>
    <message>
        <source>The evidence pack could not be written: %1</source>
        <translation>[The evidence pack could not be written: %1]</translation>
    </message>
    <message>
        <source>It could not be recorded in the audit trail: %1</source>
        <translation>[It could not be recorded in the audit trail: %1]</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>[Close]</translation>
    </message>
</context>
<context>
    <name>console::ui::FilterBar</name>
    <message>
        <source>Search name, ref_id, id or cip_id’s last digits</source>
        <translation>[Search name, ref_id, id or cip_id’s last digits]</translation>
    </message>
    <message>
        <source>Quick search</source>
        <translation>[Quick search]</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>[&amp;Status]</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>[Any status]</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>[&amp;Type]</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>[Any type]</translation>
    </message>
    <message>
        <source>&amp;Created</source>
        <translation>[&amp;Created]</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>[Created from]</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>[Created until]</translation>
    </message>
    <message>
        <source>&amp;Updated</source>
        <translation>[&amp;Updated]</translation>
    </message>
    <message>
        <source>Updated from</source>
        <translation>[Updated from]</translation>
    </message>
    <message>
        <source>Updated until</source>
        <translation>[Updated until]</translation>
    </message>
    <message>
        <source>any</source>
        <translation>[any]</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>[%1 – %2]</translation>
    </message>
    <message>
        <source>Search: “%1”</source>
        <translation>[Search: “%1”]</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>[Status: %1]</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>[Type: %1]</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>[Created: %1]</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>[Updated: %1]</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>[Remove this filter]</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>[Remove filter %1]</translation>
    </message>
</context>
<context>
    <name>console::ui::IdentityDetailPane</name>
    <message>
        <source>no answer</source>
        <translation>[no answer]</translation>
    </message>
    <message>
        <source>What is happening</source>
        <translation>[What is happening]</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>[Details]</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>[JSON]</translation>
    </message>
    <message>
        <source>As cURL (secrets are placeholders)</source>
        <translation>[As cURL (secrets are placeholders)]</translation>
    </message>
    <message>
        <source>Copy as cURL</source>
        <translation>[Copy as cURL]</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>[Calls]</translation>
    </message>
    <message>
        <source>cURL command</source>
        <translation>[cURL command]</translation>
    </message>
    <message>
        <source>ref_id</source>
        <translation>[ref_id]</translation>
    </message>
    <message>
        <source>id</source>
        <translation>[id]</translation>
    </message>
    <message>
        <source>identity id</source>
        <translation>[identity id]</translation>
    </message>
    <message>
        <source>No identity selected</source>
        <translation>[No identity selected]</translation>
    </message>
    <message>
        <source>Select an identity in the queue to see what is happening with it.</source>
        <translation>[Select an identity in the queue to see what is happening with it.]</translation>
    </message>
    <message>
        <source>Loading identity…</source>
        <translation>[Loading identity…]</translation>
    </message>
    <message>
        <source>Could not load this identity</source>
        <translation>[Could not load this identity]</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>[Try Again]</translation>
    </message>
    <message>
        <source>Unnamed identity</source>
        <translation>[Unnamed identity]</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>[Created %1]</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>[Updated %1]</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>[Yes]</translation>
    </message>
    <message>
        <source>No</source>
        <translation>[No]</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>[Requirements]</translation>
    </message>
    <message>
        <source>Developer codes</source>
        <translation>[Developer codes]</translation>
    </message>
    <message>
        <source>Show the error codes the API returns, for developers</source>
        <translation>[Show the error codes the API returns, for developers]</translation>
    </message>
    <message>
        <source>Nothing outstanding.</source>
        <translation>[Nothing outstanding.]</translation>
    </message>
    <message>
        <source>No requirements reported.</source>
        <translation>[No requirements reported.]</translation>
    </message>
    <message>
        <source>Who must act: %1</source>
        <translation>[Who must act: %1]</translation>
    </message>
    <message>
        <source>Active controls</source>
        <translation>[Active controls]</translation>
    </message>
    <message>
        <source>No controls in force.</source>
        <translation>[No controls in force.]</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>[%1 (%2)]</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>[Reason: %1]</translation>
    </message>
    <message>
        <source>Since %1 (%2)</source>
        <translation>[Since %1 (%2)]</translation>
    </message>
    <message>
        <source>Verification checks (legacy sub-statuses)</source>
        <translation>[Verification checks (legacy sub-statuses)]</translation>
    </message>
    <message>
        <source>ID verification</source>
        <translation>[ID verification]</translation>
    </message>
    <message>
        <source>Sanctions</source>
        <translation>[Sanctions]</translation>
    </message>
    <message>
        <source>Additional screening</source>
        <translation>[Additional screening]</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>[Documents]</translation>
    </message>
    <message>
        <source>Disabled by us</source>
        <translation>[Disabled by us]</translation>
    </message>
    <message>
        <source>Yes (legacy user_disabled)</source>
        <translation>[Yes (legacy user_disabled)]</translation>
    </message>
    <message>
        <source>Disabled by Paxos</source>
        <translation>[Disabled by Paxos]</translation>
    </message>
    <message>
        <source>Yes (legacy admin_disabled)</source>
        <translation>[Yes (legacy admin_disabled)]</translation>
    </message>
    <message>
        <source>Not reported by the server.</source>
        <translation>[Not reported by the server.]</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>[Person]</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>[Hide]</translation>
    </message>
    <message>
        <source>Reveal cip_id and birth date</source>
        <translation>[Reveal cip_id and birth date]</translation>
    </message>
    <message>
        <source>Revealing is recorded in the audit trail</source>
        <translation>[Revealing is recorded in the audit trail]</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>[Name]</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>[Date of birth]</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>[Nationality]</translation>
    </message>
    <message>
        <source>Government id (cip_id)</source>
        <translation>[Government id (cip_id)]</translation>
    </message>
    <message>
        <source>Id type / country</source>
        <translation>[Id type / country]</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>[Phone]</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>[Email]</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>[Profession]</translation>
    </message>
    <message>
        <source>Country of birth</source>
        <translation>[Country of birth]</translation>
    </message>
    <message>
        <source>Identity verification (IDV)</source>
        <translation>[Identity verification (IDV)]</translation>
    </message>
    <message>
        <source>Verifier</source>
        <translation>[Verifier]</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>[Vendor]</translation>
    </message>
    <message>
        <source>Vendor result</source>
        <translation>[Vendor result]</translation>
    </message>
    <message>
        <source>Verified at</source>
        <translation>[Verified at]</translation>
    </message>
    <message>
        <source>Verification id</source>
        <translation>[Verification id]</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>[Checked]</translation>
    </message>
    <message>
        <source>Verification link</source>
        <translation>[Verification link]</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>[Address]</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>[Residence]</translation>
    </message>
    <message>
        <source>No address on file.</source>
        <translation>[No address on file.]</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>[Institution]</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>[Type]</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>[Sector]</translation>
    </message>
    <message>
        <source>Registration id</source>
        <translation>[Registration id]</translation>
    </message>
    <message>
        <source>Business address</source>
        <translation>[Business address]</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>[Regulation]</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>[Members]</translation>
    </message>
    <message>
        <source>The server sent no person or institution details.</source>
        <translation>[The server sent no person or institution details.]</translation>
    </message>
    <message>
        <source>Customer due diligence</source>
        <translation>[Customer due diligence]</translation>
    </message>
    <message>
        <source>Yearly income</source>
        <translation>[Yearly income]</translation>
    </message>
    <message>
        <source>Expected transfers</source>
        <translation>[Expected transfers]</translation>
    </message>
    <message>
        <source>Source of wealth</source>
        <translation>[Source of wealth]</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>[Employment]</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>[Industry]</translation>
    </message>
    <message>
        <source>Net worth</source>
        <translation>[Net worth]</translation>
    </message>
    <message>
        <source>Source of funds</source>
        <translation>[Source of funds]</translation>
    </message>
    <message>
        <source>Purpose of account</source>
        <translation>[Purpose of account]</translation>
    </message>
    <message>
        <source>Industry sector</source>
        <translation>[Industry sector]</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>[Aliases]</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>[Recorded]</translation>
    </message>
    <message>
        <source>No due-diligence answers on file.</source>
        <translation>[No due-diligence answers on file.]</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>[Tax]</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>[Tax id]</translation>
    </message>
    <message>
        <source>Tax id (%1)</source>
        <translation>[Tax id (%1)]</translation>
    </message>
    <message>
        <source>TIN status</source>
        <translation>[TIN status]</translation>
    </message>
    <message>
        <source>Tax details required</source>
        <translation>[Tax details required]</translation>
    </message>
    <message>
        <source>No tax details on file.</source>
        <translation>[No tax details on file.]</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>[Account]</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>[Merchant]</translation>
    </message>
    <message>
        <source>Last KYC refresh</source>
        <translation>[Last KYC refresh]</translation>
    </message>
    <message>
        <source>No metadata.</source>
        <translation>[No metadata.]</translation>
    </message>
</context>
<context>
    <name>console::ui::ImportDialog</name>
    <message>
        <source>Import persons</source>
        <translation>[Import persons]</translation>
    </message>
    <message>
        <source>The reveal could not be recorded, so the value stays hidden: %1</source>
        <translation>[The reveal could not be recorded, so the value stays hidden: %1]</translation>
    </message>
    <message>
        <source>Choose a CSV file (with a header row) or a JSON Lines file (.jsonl) of persons. Columns named like the API's fields (first_name, person_details.address.city, cdd.source_of_wealth …) are recognised; you map the others next. Nothing is sent before you have seen every row checked.</source>
        <translation>[Choose a CSV file (with a header row) or a JSON Lines file (.jsonl) of persons. Columns named like the API's fields (first_name, person_details.address.city, cdd.source_of_wealth …) are recognised; you map the others next. Nothing is sent before you have seen every row checked.]</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>[File to import]</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>[&amp;Browse…]</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>[Close]</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>[&amp;Next]</translation>
    </message>
    <message>
        <source>Persons (*.csv *.jsonl *.ndjson);;All files (*)</source>
        <translation>[Persons (*.csv *.jsonl *.ndjson);;All files (*)]</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>[Column]</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>[First value]</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>[Field]</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>[&amp;Back]</translation>
    </message>
    <message>
        <source>&amp;Check rows</source>
        <translation>[&amp;Check rows]</translation>
    </message>
    <message>
        <source>Line in the file</source>
        <translation>[Line in the file]</translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation>[Line %1, %2: %3]</translation>
    </message>
    <message>
        <source>&amp;Skip selected rows</source>
        <translation>[&amp;Skip selected rows]</translation>
    </message>
    <message>
        <source>&amp;Include selected rows</source>
        <translation>[&amp;Include selected rows]</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>[&amp;Pause]</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>[Cancel sending]</translation>
    </message>
    <message>
        <source>Another identity already holds the government ID of these rows. Compare each with the existing identity and decide: decline the customer, or open an account on the existing identity.</source>
        <translation>[Another identity already holds the government ID of these rows. Compare each with the existing identity and decide: decline the customer, or open an account on the existing identity.]</translation>
    </message>
    <message>
        <source>&amp;Compare and decide…</source>
        <translation>[&amp;Compare and decide…]</translation>
    </message>
    <message>
        <source>Show &amp;rows</source>
        <translation>[Show &amp;rows]</translation>
    </message>
    <message>
        <source>&amp;Save report as…</source>
        <translation>[&amp;Save report as…]</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>[Choose a file first.]</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>[This file cannot be imported: %1]</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s). The columns are mapped as last time for files with these columns.</source>
        <translation><numerusform>[%1: %n row(s). The columns are mapped as last time for files with these columns.]</numerusform><numerusform>[%1: %n row(s). The columns are mapped as last time for files with these columns.]</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s). Columns named like the API's fields are mapped; choose a field for the others, or leave them out.</source>
        <translation><numerusform>[%1: %n row(s). Columns named like the API's fields are mapped; choose a field for the others, or leave them out.]</numerusform><numerusform>[%1: %n row(s). Columns named like the API's fields are mapped; choose a field for the others, or leave them out.]</numerusform></translation>
    </message>
    <message>
        <source>Ready to send: %1</source>
        <translation>[Ready to send: %1]</translation>
    </message>
    <message>
        <source> · need a fix: %1 (the marked cells: select one to see its problem, double-click to fix it)</source>
        <translation>[ · need a fix: %1 (the marked cells: select one to see its problem, double-click to fix it)]</translation>
    </message>
    <message>
        <source> · skipped: %1</source>
        <translation>[ · skipped: %1]</translation>
    </message>
    <message>
        <source> · imported: %1</source>
        <translation>[ · imported: %1]</translation>
    </message>
    <message>
        <source>&amp;Send %1 to Paxos</source>
        <translation>[&amp;Send %1 to Paxos]</translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <translation>[%1 of %2 sent]</translation>
    </message>
    <message>
        <source>Sending stopped: %1</source>
        <translation>[Sending stopped: %1]</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>[&amp;Resume]</translation>
    </message>
    <message>
        <source>Paused: calls already sent finish; Resume sends the rest.</source>
        <translation>[Paused: calls already sent finish; Resume sends the rest.]</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>[&lt;b&gt;%1&lt;/b&gt;]</translation>
    </message>
    <message>
        <source>created</source>
        <translation>[created]</translation>
    </message>
    <message>
        <source>already imported before (nothing new created)</source>
        <translation>[already imported before (nothing new created)]</translation>
    </message>
    <message>
        <source>duplicate government ID (the report names the identity that holds it)</source>
        <translation>[duplicate government ID (the report names the identity that holds it)]</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>[failed]</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>[not sent]</translation>
    </message>
    <message>
        <source>need a fix</source>
        <translation>[need a fix]</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>[skipped]</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>[%1 %2]</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>[Report saved: %1]</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>[The report could not be saved: %1]</translation>
    </message>
    <message>
        <source>Line %1: government ID held by identity %2</source>
        <translation>[Line %1: government ID held by identity %2]</translation>
    </message>
    <message>
        <source>Save import report</source>
        <translation>[Save import report]</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>[CSV (*.csv)]</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>[Not saved: %1]</translation>
    </message>
    <message>
        <source>Rows refused for a duplicate government ID</source>
        <translation>[Rows refused for a duplicate government ID]</translation>
    </message>
    <message>
        <source>%1 — not decided yet</source>
        <translation>[%1 — not decided yet]</translation>
    </message>
    <message>
        <source>%1 — account %2 opened on the existing identity</source>
        <translation>[%1 — account %2 opened on the existing identity]</translation>
    </message>
    <message>
        <source>%1 — customer declined</source>
        <translation>[%1 — customer declined]</translation>
    </message>
    <message>
        <source>%1 — customer declined (%2)</source>
        <translation>[%1 — customer declined (%2)]</translation>
    </message>
    <message>
        <source>Line %1: %2.</source>
        <translation>[Line %1: %2.]</translation>
    </message>
    <message>
        <source>Report updated.</source>
        <translation>[Report updated.]</translation>
    </message>
    <message>
        <source>The report could not be updated: %1; use Save report as….</source>
        <translation>[The report could not be updated: %1; use Save report as….]</translation>
    </message>
</context>
<context>
    <name>console::ui::ImportIntegration</name>
    <message>
        <source>&amp;Import persons…</source>
        <translation>[&amp;Import persons…]</translation>
    </message>
    <message>
        <source>Create person identities from a CSV or JSON Lines file</source>
        <translation>[Create person identities from a CSV or JSON Lines file]</translation>
    </message>
</context>
<context>
    <name>console::ui::ImportPreviewModel</name>
    <message>
        <source>Status</source>
        <translation>[Status]</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>[Problems]</translation>
    </message>
</context>
<context>
    <name>console::ui::InstitutionDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>[Edit %1]</translation>
    </message>
    <message>
        <source>New institution identity</source>
        <translation>[New institution identity]</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>[Copy as c&amp;URL]</translation>
    </message>
    <message>
        <source>Re&amp;quest JSON</source>
        <translation>[Re&amp;quest JSON]</translation>
    </message>
    <message>
        <source>Chec&amp;ks</source>
        <translation>[Chec&amp;ks]</translation>
    </message>
    <message>
        <source>Fill with Sandbox &amp;example</source>
        <translation>[Fill with Sandbox &amp;example]</translation>
    </message>
    <message>
        <source>The institution of Paxos's institution guide (Foogle), completed as the required-details grid asks, with a fresh EIN; the members you chose stay.</source>
        <translation>[The institution of Paxos's institution guide (Foogle), completed as the required-details grid asks, with a fresh EIN; the members you chose stay.]</translation>
    </message>
    <message>
        <source>&amp;Send update</source>
        <translation>[&amp;Send update]</translation>
    </message>
    <message>
        <source>&amp;Create institution</source>
        <translation>[&amp;Create institution]</translation>
    </message>
    <message>
        <source>Draft saved %1</source>
        <translation>[Draft saved %1]</translation>
    </message>
    <message>
        <source>Draft not saved: %1</source>
        <translation>[Draft not saved: %1]</translation>
    </message>
    <message>
        <source>Drafts are off (no local store)</source>
        <translation>[Drafts are off (no local store)]</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>[Not sent: %1]</translation>
    </message>
    <message>
        <source>%1 was created. Status: %2.</source>
        <translation>[%1 was created. Status: %2.]</translation>
    </message>
    <message>
        <source>Paxos reviews an institution's business documents before it is approved: upload them from the Documents tab.</source>
        <translation>[Paxos reviews an institution's business documents before it is approved: upload them from the Documents tab.]</translation>
    </message>
    <message numerus="yes">
        <source>%n members added.</source>
        <translation><numerusform>[%n members added.]</numerusform><numerusform>[%n members added.]</numerusform></translation>
    </message>
    <message>
        <source>Member removed.</source>
        <translation>[Member removed.]</translation>
    </message>
    <message>
        <source>The members were not changed: %1</source>
        <translation>[The members were not changed: %1]</translation>
    </message>
    <message>
        <source>Unnamed institution</source>
        <translation>[Unnamed institution]</translation>
    </message>
    <message>
        <source>Fix: </source>
        <translation>[Fix: ]</translation>
    </message>
    <message>
        <source>Check: </source>
        <translation>[Check: ]</translation>
    </message>
    <message>
        <source>Every documented rule is met.</source>
        <translation>[Every documented rule is met.]</translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation>[Nothing changed yet.]</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>[Stop]</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>[Close]</translation>
    </message>
    <message>
        <source>%1 was created and joins as a member: choose the roles.</source>
        <translation>[%1 was created and joins as a member: choose the roles.]</translation>
    </message>
    <message>
        <source>Updated. Status: %1.</source>
        <translation>[Updated. Status: %1.]</translation>
    </message>
    <message>
        <source>%1 had already been created by an earlier attempt. Status: %2.</source>
        <translation>[%1 had already been created by an earlier attempt. Status: %2.]</translation>
    </message>
    <message>
        <source>Paxos already has an identity with this registration number (identity %1). Paxos's guide: refuse the institution, or, if it is the same one, open another account on that identity.</source>
        <translation>[Paxos already has an identity with this registration number (identity %1). Paxos's guide: refuse the institution, or, if it is the same one, open another account on that identity.]</translation>
    </message>
    <message>
        <source>Already used by identity %1.</source>
        <translation>[Already used by identity %1.]</translation>
    </message>
    <message>
        <source>The reference ID already belongs to identity %1: generate a new one.</source>
        <translation>[The reference ID already belongs to identity %1: generate a new one.]</translation>
    </message>
    <message>
        <source>Sending was stopped. If it had reached Paxos, sending again finds the institution it created (same reference ID) instead of creating another.</source>
        <translation>[Sending was stopped. If it had reached Paxos, sending again finds the institution it created (same reference ID) instead of creating another.]</translation>
    </message>
    <message>
        <source>Paxos refused the request; see the field marked below.</source>
        <translation>[Paxos refused the request; see the field marked below.]</translation>
    </message>
    <message>
        <source>Paxos refused the request: %1</source>
        <translation>[Paxos refused the request: %1]</translation>
    </message>
    <message>
        <source>Not sent: %1 Sending again is safe.</source>
        <translation>[Not sent: %1 Sending again is safe.]</translation>
    </message>
</context>
<context>
    <name>console::ui::InstitutionForm</name>
    <message>
        <source>— Choose —</source>
        <translation>[— Choose —]</translation>
    </message>
    <message>
        <source>%1 (prohibited by Paxos)</source>
        <translation>[%1 (prohibited by Paxos)]</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>[Institution]</translation>
    </message>
    <message>
        <source>2021-04-14T00:00:00Z (a date alone is taken as midnight UTC)</source>
        <translation>[2021-04-14T00:00:00Z (a date alone is taken as midnight UTC)]</translation>
    </message>
    <message>
        <source>Contact and business</source>
        <translation>[Contact and business]</translation>
    </message>
    <message>
        <source>Business address</source>
        <translation>[Business address]</translation>
    </message>
    <message>
        <source>Incorporation address</source>
        <translation>[Incorporation address]</translation>
    </message>
    <message>
        <source>Regulation and trading</source>
        <translation>[Regulation and trading]</translation>
    </message>
    <message>
        <source>Customer due diligence</source>
        <translation>[Customer due diligence]</translation>
    </message>
    <message>
        <source>Tax details not required (non-US)</source>
        <translation>[Tax details not required (non-US)]</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>[Members]</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>[Person]</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>[Roles]</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>[Ownership]</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>[Position]</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>[Status]</translation>
    </message>
    <message>
        <source>Add &amp;existing person…</source>
        <translation>[Add &amp;existing person…]</translation>
    </message>
    <message>
        <source>Create &amp;person…</source>
        <translation>[Create &amp;person…]</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>[Re&amp;move]</translation>
    </message>
    <message>
        <source>percent, e.g. 60</source>
        <translation>[percent, e.g. 60]</translation>
    </message>
    <message>
        <source>e.g. CEO</source>
        <translation>[e.g. CEO]</translation>
    </message>
    <message>
        <source>Ownership (%):</source>
        <translation>[Ownership (%):]</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>[Position:]</translation>
    </message>
    <message>
        <source>— Not said —</source>
        <translation>[— Not said —]</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>[Yes]</translation>
    </message>
    <message>
        <source>No</source>
        <translation>[No]</translation>
    </message>
    <message>
        <source>Members are existing persons. A trust needs a grantor, trustee or beneficiary. Roles for a trust: %1.</source>
        <translation>[Members are existing persons. A trust needs a grantor, trustee or beneficiary. Roles for a trust: %1.]</translation>
    </message>
    <message>
        <source>Members are existing persons. Choose the type first: the roles depend on it.</source>
        <translation>[Members are existing persons. Choose the type first: the roles depend on it.]</translation>
    </message>
    <message>
        <source>Members are existing persons. Paxos typically needs a beneficial owner (25% or more, with the ownership) and a management control person. Roles: %1.</source>
        <translation>[Members are existing persons. Paxos typically needs a beneficial owner (25% or more, with the ownership) and a management control person. Roles: %1.]</translation>
    </message>
    <message>
        <source>Required for this kind of institution</source>
        <translation>[Required for this kind of institution]</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more to fix)</source>
        <translation><numerusform>[%1 (and %n more to fix)]</numerusform><numerusform>[%1 (and %n more to fix)]</numerusform></translation>
    </message>
</context>
<context>
    <name>console::ui::InstitutionIntegration</name>
    <message>
        <source>New &amp;institution…</source>
        <translation>[New &amp;institution…]</translation>
    </message>
    <message>
        <source>Onboard a company, trust, fund or partnership with its members: a form checked against Paxos's institution rules, sent as Create Identity</source>
        <translation>[Onboard a company, trust, fund or partnership with its members: a form checked against Paxos's institution rules, sent as Create Identity]</translation>
    </message>
    <message>
        <source>The draft's institution could not be loaded: %1</source>
        <translation>[The draft's institution could not be loaded: %1]</translation>
    </message>
</context>
<context>
    <name>console::ui::InstitutionMemberPicker</name>
    <message>
        <source>Add a member</source>
        <translation>[Add a member]</translation>
    </message>
    <message>
        <source>percent, e.g. 60 (beneficial owners)</source>
        <translation>[percent, e.g. 60 (beneficial owners)]</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>[Roles:]</translation>
    </message>
    <message>
        <source>Ownership (%):</source>
        <translation>[Ownership (%):]</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>[Position:]</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>[Add member]</translation>
    </message>
</context>
<context>
    <name>console::ui::InstitutionReviewIntegration</name>
    <message>
        <source>Institution</source>
        <translation>[Institution]</translation>
    </message>
</context>
<context>
    <name>console::ui::InstitutionReviewPanel</name>
    <message>
        <source>Institution / member</source>
        <translation>[Institution / member]</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>[Status]</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>[Ownership]</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>[Roles]</translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation>[Who acts]</translation>
    </message>
    <message>
        <source>Waiting on</source>
        <translation>[Waiting on]</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>[&amp;Add member…]</translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translation>[&amp;Remove member]</translation>
    </message>
    <message>
        <source>Not an institution</source>
        <translation>[Not an institution]</translation>
    </message>
    <message>
        <source>Companies, trusts and funds are reviewed here with their members. Select an institution in the queue.</source>
        <translation>[Companies, trusts and funds are reviewed here with their members. Select an institution in the queue.]</translation>
    </message>
    <message>
        <source>Who acts: %1</source>
        <translation>[Who acts: %1]</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>[nothing]</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>[Sending…]</translation>
    </message>
    <message>
        <source>The member was added.</source>
        <translation>[The member was added.]</translation>
    </message>
    <message>
        <source>The member was removed.</source>
        <translation>[The member was removed.]</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>[Not done: %1]</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>[Not sent: %1]</translation>
    </message>
    <message>
        <source>No institution is shown.</source>
        <translation>[No institution is shown.]</translation>
    </message>
    <message>
        <source>There is no connection.</source>
        <translation>[There is no connection.]</translation>
    </message>
    <message>
        <source>Remove institution member</source>
        <translation>[Remove institution member]</translation>
    </message>
    <message>
        <source>Remove %1 (%2) from %3?</source>
        <translation>[Remove %1 (%2) from %3?]</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>[Add a member]</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>[Roles:]</translation>
    </message>
    <message>
        <source>Percent, e.g. 25 (beneficial owners)</source>
        <translation>[Percent, e.g. 25 (beneficial owners)]</translation>
    </message>
    <message>
        <source>&amp;Ownership:</source>
        <translation>[&amp;Ownership:]</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>[&amp;Position:]</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>[&amp;Add member]</translation>
    </message>
    <message>
        <source>Find and choose the person to add.</source>
        <translation>[Find and choose the person to add.]</translation>
    </message>
</context>
<context>
    <name>console::ui::KeyringExplanationDialog</name>
    <message>
        <source>Your keyring</source>
        <translation>[Your keyring]</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your desktop will ask you to create a keyring&lt;/b&gt;</source>
        <translation>[&lt;b&gt;Your desktop will ask you to create a keyring&lt;/b&gt;]</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your desktop will ask for your keyring's password&lt;/b&gt;</source>
        <translation>[&lt;b&gt;Your desktop will ask for your keyring's password&lt;/b&gt;]</translation>
    </message>
    <message>
        <source>Compliance Console keeps secrets in your desktop's keyring, and this account has none yet. Next, a window of your desktop (not of the console) asks for a password to protect a new keyring; you will type it again when the keyring is locked, usually once after you log in.</source>
        <translation>[Compliance Console keeps secrets in your desktop's keyring, and this account has none yet. Next, a window of your desktop (not of the console) asks for a password to protect a new keyring; you will type it again when the keyring is locked, usually once after you log in.]</translation>
    </message>
    <message>
        <source>Compliance Console keeps secrets in your desktop's keyring, which is locked. Next, a window of your desktop (not of the console) asks for the keyring's password, usually the one you log in with.</source>
        <translation>[Compliance Console keeps secrets in your desktop's keyring, which is locked. Next, a window of your desktop (not of the console) asks for the keyring's password, usually the one you log in with.]</translation>
    </message>
    <message>
        <source>What is kept there: the API client secret of each Paxos environment you connect to, the team database's password, and the key that seals your unsent drafts. None of them is ever written to disk or to the record.</source>
        <translation>[What is kept there: the API client secret of each Paxos environment you connect to, the team database's password, and the key that seals your unsent drafts. None of them is ever written to disk or to the record.]</translation>
    </message>
    <message>
        <source>If you do not unlock it now, secrets are kept in memory until you quit: you type them again next time, and drafts saved in this session cannot be reopened after a restart.</source>
        <translation>[If you do not unlock it now, secrets are kept in memory until you quit: you type them again next time, and drafts saved in this session cannot be reopened after a restart.]</translation>
    </message>
    <message>
        <source>&amp;Continue to the keyring</source>
        <translation>[&amp;Continue to the keyring]</translation>
    </message>
    <message>
        <source>&amp;Not now: keep secrets in memory</source>
        <translation>[&amp;Not now: keep secrets in memory]</translation>
    </message>
    <message>
        <source>you chose not to unlock the keyring in this session</source>
        <translation>[you chose not to unlock the keyring in this session]</translation>
    </message>
</context>
<context>
    <name>console::ui::LoadAllControl</name>
    <message>
        <source>Stop</source>
        <translation>[Stop]</translation>
    </message>
    <message>
        <source>Load All</source>
        <translation>[Load All]</translation>
    </message>
    <message>
        <source>Stop loading; what is loaded stays</source>
        <translation>[Stop loading; what is loaded stays]</translation>
    </message>
    <message>
        <source>Load every identity that matches the filters, so sorting and the quick search cover all of them</source>
        <translation>[Load every identity that matches the filters, so sorting and the quick search cover all of them]</translation>
    </message>
    <message>
        <source>%1 loaded…</source>
        <translation>[%1 loaded…]</translation>
    </message>
</context>
<context>
    <name>console::ui::MainActions</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>[&amp;Refresh]</translation>
    </message>
    <message>
        <source>Reload the queue from the server (F5)</source>
        <translation>[Reload the queue from the server (F5)]</translation>
    </message>
    <message>
        <source>&amp;Search Loaded Identities</source>
        <translation>[&amp;Search Loaded Identities]</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>[C&amp;lear Filters]</translation>
    </message>
    <message>
        <source>&amp;Open Identity</source>
        <translation>[&amp;Open Identity]</translation>
    </message>
    <message>
        <source>Show the selected identity in the detail pane (Enter)</source>
        <translation>[Show the selected identity in the detail pane (Enter)]</translation>
    </message>
    <message>
        <source>&amp;Export Shown Rows to CSV…</source>
        <translation>[&amp;Export Shown Rows to CSV…]</translation>
    </message>
    <message>
        <source>C&amp;olumns…</source>
        <translation>[C&amp;olumns…]</translation>
    </message>
    <message>
        <source>Switch &amp;Environment…</source>
        <translation>[Switch &amp;Environment…]</translation>
    </message>
    <message>
        <source>Re&amp;veal Sensitive Fields</source>
        <translation>[Re&amp;veal Sensitive Fields]</translation>
    </message>
    <message>
        <source>Show cip_id and date of birth (the reveal is recorded)</source>
        <translation>[Show cip_id and date of birth (the reveal is recorded)]</translation>
    </message>
    <message>
        <source>Copy Identity &amp;ID</source>
        <translation>[Copy Identity &amp;ID]</translation>
    </message>
    <message>
        <source>Copy Last Call as c&amp;URL</source>
        <translation>[Copy Last Call as c&amp;URL]</translation>
    </message>
    <message>
        <source>Go to &amp;Queue</source>
        <translation>[Go to &amp;Queue]</translation>
    </message>
    <message>
        <source>Go to &amp;Detail Pane</source>
        <translation>[Go to &amp;Detail Pane]</translation>
    </message>
    <message>
        <source>&amp;About Compliance Console</source>
        <translation>[&amp;About Compliance Console]</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>[&amp;Quit]</translation>
    </message>
</context>
<context>
    <name>console::ui::MainWindow</name>
    <message>
        <source>Compliance Console</source>
        <translation>[Compliance Console]</translation>
    </message>
    <message>
        <source>Queue is up to date.</source>
        <translation>[Queue is up to date.]</translation>
    </message>
    <message>
        <source>Queue refreshed: %1 updated, %2 new, %3 no longer match.</source>
        <translation>[Queue refreshed: %1 updated, %2 new, %3 no longer match.]</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>[Copied %1.]</translation>
    </message>
    <message>
        <source>Load &amp;all identities</source>
        <translation>[Load &amp;all identities]</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>[&amp;File]</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>[&amp;View]</translation>
    </message>
    <message>
        <source>&amp;Identity</source>
        <translation>[&amp;Identity]</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>[&amp;Tools]</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>[&amp;Events]</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>[&amp;Help]</translation>
    </message>
    <message>
        <source>Compliance Console — PRODUCTION</source>
        <translation>[Compliance Console — PRODUCTION]</translation>
    </message>
    <message>
        <source>Compliance Console — %1</source>
        <translation>[Compliance Console — %1]</translation>
    </message>
    <message>
        <source>Read-only: connection lost</source>
        <translation>[Read-only: connection lost]</translation>
    </message>
    <message>
        <source>The reveal could not be recorded, so the fields stay hidden: %1</source>
        <translation>[The reveal could not be recorded, so the fields stay hidden: %1]</translation>
    </message>
    <message>
        <source>Sensitive fields revealed; recorded in the audit trail.</source>
        <translation>[Sensitive fields revealed; recorded in the audit trail.]</translation>
    </message>
    <message>
        <source>Copied identity id %1.</source>
        <translation>[Copied identity id %1.]</translation>
    </message>
    <message>
        <source>No call to copy yet.</source>
        <translation>[No call to copy yet.]</translation>
    </message>
    <message>
        <source>Copied the call as a cURL command.</source>
        <translation>[Copied the call as a cURL command.]</translation>
    </message>
    <message>
        <source>Changes are still being sent</source>
        <translation>[Changes are still being sent]</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) sent to Paxos have not been answered yet.</source>
        <translation><numerusform>[%n change(s) sent to Paxos have not been answered yet.]</numerusform><numerusform>[%n change(s) sent to Paxos have not been answered yet.]</numerusform></translation>
    </message>
    <message>
        <source>Wait, and the console quits once they are answered and recorded. Quit now, and they are recorded as unknown: Paxos may or may not have applied them.</source>
        <translation>[Wait, and the console quits once they are answered and recorded. Quit now, and they are recorded as unknown: Paxos may or may not have applied them.]</translation>
    </message>
    <message>
        <source>Wait, then quit</source>
        <translation>[Wait, then quit]</translation>
    </message>
    <message>
        <source>Quit now</source>
        <translation>[Quit now]</translation>
    </message>
    <message>
        <source>Quitting once the changes in flight are answered…</source>
        <translation>[Quitting once the changes in flight are answered…]</translation>
    </message>
    <message>
        <source>Not everything is saved</source>
        <translation>[Not everything is saved]</translation>
    </message>
    <message>
        <source>Stay to save it, or copy it to the clipboard before quitting.</source>
        <translation>[Stay to save it, or copy it to the clipboard before quitting.]</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>[Stay]</translation>
    </message>
    <message>
        <source>Copy and quit</source>
        <translation>[Copy and quit]</translation>
    </message>
    <message>
        <source>Quit and lose it</source>
        <translation>[Quit and lose it]</translation>
    </message>
</context>
<context>
    <name>console::ui::MyIdentitiesFilter</name>
    <message>
        <source>&amp;My identities</source>
        <translation>[&amp;My identities]</translation>
    </message>
    <message>
        <source>Show only the identities assigned to you</source>
        <translation>[Show only the identities assigned to you]</translation>
    </message>
    <message>
        <source>My identities</source>
        <translation>[My identities]</translation>
    </message>
    <message>
        <source>My identities (assignments unreadable: %1)</source>
        <translation>[My identities (assignments unreadable: %1)]</translation>
    </message>
</context>
<context>
    <name>console::ui::NextCase</name>
    <message>
        <source>&amp;Next case</source>
        <translation>[&amp;Next case]</translation>
    </message>
    <message>
        <source>Take the oldest pending identity nobody holds, among the rows the queue shows, and open it (Ctrl+J)</source>
        <translation>[Take the oldest pending identity nobody holds, among the rows the queue shows, and open it (Ctrl+J)]</translation>
    </message>
    <message>
        <source>No next case</source>
        <translation>[No next case]</translation>
    </message>
    <message>
        <source>The queue shows no identities with the filters in use. Clear or change the filters to find a case to take.</source>
        <translation>[The queue shows no identities with the filters in use. Clear or change the filters to find a case to take.]</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n identities the queue shows is pending, so there is no case to take with the filters in use.</source>
        <translation><numerusform>[None of the %n identities the queue shows is pending, so there is no case to take with the filters in use.]</numerusform><numerusform>[None of the %n identities the queue shows is pending, so there is no case to take with the filters in use.]</numerusform></translation>
    </message>
    <message>
        <source>Next case failed</source>
        <translation>[Next case failed]</translation>
    </message>
    <message>
        <source>No identity was taken: %1</source>
        <translation>[No identity was taken: %1]</translation>
    </message>
    <message>
        <source>the record did not say why</source>
        <translation>[the record did not say why]</translation>
    </message>
    <message numerus="yes">
        <source>All %n pending identities the queue shows are assigned or open in another reviewer's console: there is no case nobody holds.</source>
        <translation><numerusform>[All %n pending identities the queue shows are assigned or open in another reviewer's console: there is no case nobody holds.]</numerusform><numerusform>[All %n pending identities the queue shows are assigned or open in another reviewer's console: there is no case nobody holds.]</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Next case taken; %n other(s) went to another reviewer first.</source>
        <translation><numerusform>[Next case taken; %n other(s) went to another reviewer first.]</numerusform><numerusform>[Next case taken; %n other(s) went to another reviewer first.]</numerusform></translation>
    </message>
    <message>
        <source>Next case taken and opened.</source>
        <translation>[Next case taken and opened.]</translation>
    </message>
</context>
<context>
    <name>console::ui::NotesPanel</name>
    <message>
        <source>Edit &amp;codes…</source>
        <translation>[Edit &amp;codes…]</translation>
    </message>
    <message>
        <source>What you saw, what you decided to look at next, and why</source>
        <translation>[What you saw, what you decided to look at next, and why]</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>[&amp;Add note]</translation>
    </message>
    <message>
        <source>Add the note (Ctrl+Enter)</source>
        <translation>[Add the note (Ctrl+Enter)]</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>[&amp;Reason]</translation>
    </message>
    <message>
        <source>The reason codes could not be read: %1</source>
        <translation>[The reason codes could not be read: %1]</translation>
    </message>
    <message>
        <source>The notes could not be read: %1</source>
        <translation>[The notes could not be read: %1]</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>[%1 · %2 · %3]</translation>
    </message>
    <message>
        <source>Reason code %1, written by %2 (%3)</source>
        <translation>[Reason code %1, written by %2 (%3)]</translation>
    </message>
    <message>
        <source>No notes on this identity yet.</source>
        <translation>[No notes on this identity yet.]</translation>
    </message>
    <message>
        <source>%1 characters too long</source>
        <translation>[%1 characters too long]</translation>
    </message>
    <message>
        <source>The note was saved but could not be recorded in the audit trail: %1</source>
        <translation>[The note was saved but could not be recorded in the audit trail: %1]</translation>
    </message>
    <message>
        <source>This note is not saved yet: add it to try again.</source>
        <translation>[This note is not saved yet: add it to try again.]</translation>
    </message>
    <message>
        <source>Identity %1, reason %2:
%3</source>
        <translation>[Identity %1, reason %2:
%3]</translation>
    </message>
    <message>
        <source>the record did not say why</source>
        <translation>[the record did not say why]</translation>
    </message>
    <message>
        <source>the team database cannot be reached</source>
        <translation>[the team database cannot be reached]</translation>
    </message>
    <message>
        <source>The note was not saved: %1. It is kept: add it again to retry.</source>
        <translation>[The note was not saved: %1. It is kept: add it again to retry.]</translation>
    </message>
</context>
<context>
    <name>console::ui::OnboardingIntegration</name>
    <message>
        <source>&amp;New person…</source>
        <translation>[&amp;New person…]</translation>
    </message>
    <message>
        <source>Onboard a person: a checked form, sent as Create Identity</source>
        <translation>[Onboard a person: a checked form, sent as Create Identity]</translation>
    </message>
    <message>
        <source>&amp;Edit identity or confirm KYC refresh…</source>
        <translation>[&amp;Edit identity or confirm KYC refresh…]</translation>
    </message>
    <message>
        <source>Change the selected identity (only changed fields are sent) or confirm its KYC refresh</source>
        <translation>[Change the selected identity (only changed fields are sent) or confirm its KYC refresh]</translation>
    </message>
    <message>
        <source>Sandbox &amp;outcomes…</source>
        <translation>[Sandbox &amp;outcomes…]</translation>
    </message>
    <message>
        <source>Set sandbox sub-statuses and scenarios for the selected identity (not in Production)</source>
        <translation>[Set sandbox sub-statuses and scenarios for the selected identity (not in Production)]</translation>
    </message>
    <message>
        <source>&amp;Drafts…</source>
        <translation>[&amp;Drafts…]</translation>
    </message>
    <message>
        <source>Forms saved as you typed them, to continue or discard</source>
        <translation>[Forms saved as you typed them, to continue or discard]</translation>
    </message>
    <message>
        <source>Add &amp;demo identities</source>
        <translation>[Add &amp;demo identities]</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Demo Identities</source>
        <translation><numerusform>[Add %n Demo Identities]</numerusform><numerusform>[Add %n Demo Identities]</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Fill the local sandbox with %n realistic identities in every status</source>
        <translation><numerusform>[Fill the local sandbox with %n realistic identities in every status]</numerusform><numerusform>[Fill the local sandbox with %n realistic identities in every status]</numerusform></translation>
    </message>
    <message>
        <source>Demo identities can only be added to the local sandbox.</source>
        <translation>[Demo identities can only be added to the local sandbox.]</translation>
    </message>
    <message>
        <source>Adding demo identities to the local sandbox…</source>
        <translation>[Adding demo identities to the local sandbox…]</translation>
    </message>
    <message numerus="yes">
        <source>Added %n demo identities to the local sandbox (%1 in all).</source>
        <translation><numerusform>[Added %n demo identities to the local sandbox (%1 in all).]</numerusform><numerusform>[Added %n demo identities to the local sandbox (%1 in all).]</numerusform></translation>
    </message>
    <message>
        <source>No demo identities were added: %1</source>
        <translation>[No demo identities were added: %1]</translation>
    </message>
    <message>
        <source>Sandbox outcomes — %1</source>
        <translation>[Sandbox outcomes — %1]</translation>
    </message>
    <message>
        <source>The draft's identity could not be loaded: %1</source>
        <translation>[The draft's identity could not be loaded: %1]</translation>
    </message>
    <message>
        <source>Edit identity</source>
        <translation>[Edit identity]</translation>
    </message>
    <message>
        <source>The edit form shows the government ID and date of birth in full, and that look could not be recorded in the audit trail, so the form stays closed: %1</source>
        <translation>[The edit form shows the government ID and date of birth in full, and that look could not be recorded in the audit trail, so the form stays closed: %1]</translation>
    </message>
</context>
<context>
    <name>console::ui::PersonDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>[Edit %1]</translation>
    </message>
    <message>
        <source>New person identity</source>
        <translation>[New person identity]</translation>
    </message>
    <message>
        <source>A change of name, date of birth, address or government ID can make Paxos screen this person again; the status may change and transacting may pause.</source>
        <translation>[A change of name, date of birth, address or government ID can make Paxos screen this person again; the status may change and transacting may pause.]</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>[Field]</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>[Before]</translation>
    </message>
    <message>
        <source>After</source>
        <translation>[After]</translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation>[C&amp;hanges]</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>[Copy as c&amp;URL]</translation>
    </message>
    <message>
        <source>Re&amp;quest JSON</source>
        <translation>[Re&amp;quest JSON]</translation>
    </message>
    <message>
        <source>Fill with Sandbox &amp;example</source>
        <translation>[Fill with Sandbox &amp;example]</translation>
    </message>
    <message>
        <source>The person from Paxos's “Onboard a Person” guide, which the sandbox approves.</source>
        <translation>[The person from Paxos's “Onboard a Person” guide, which the sandbox approves.]</translation>
    </message>
    <message>
        <source>Confirm &amp;KYC refresh (no changes)</source>
        <translation>[Confirm &amp;KYC refresh (no changes)]</translation>
    </message>
    <message>
        <source>The customer confirmed nothing changed: sends only last_kyc_refresh_date.</source>
        <translation>[The customer confirmed nothing changed: sends only last_kyc_refresh_date.]</translation>
    </message>
    <message>
        <source>&amp;Send update</source>
        <translation>[&amp;Send update]</translation>
    </message>
    <message>
        <source>&amp;Create identity</source>
        <translation>[&amp;Create identity]</translation>
    </message>
    <message>
        <source>Draft saved %1</source>
        <translation>[Draft saved %1]</translation>
    </message>
    <message>
        <source>Draft not saved: %1</source>
        <translation>[Draft not saved: %1]</translation>
    </message>
    <message>
        <source>%1 was created. Status: %2.</source>
        <translation>[%1 was created. Status: %2.]</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>[Not sent: %1]</translation>
    </message>
    <message>
        <source>Drafts are off (no local store)</source>
        <translation>[Drafts are off (no local store)]</translation>
    </message>
    <message>
        <source>Unnamed person</source>
        <translation>[Unnamed person]</translation>
    </message>
    <message>
        <source>Paxos offers no way to empty %1; it stays as it is.</source>
        <translation>[Paxos offers no way to empty %1; it stays as it is.]</translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation>[Nothing has changed yet.]</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>[Sending…]</translation>
    </message>
    <message>
        <source>&amp;Stop sending</source>
        <translation>[&amp;Stop sending]</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>[&amp;Close]</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>[Cancel]</translation>
    </message>
    <message>
        <source>Updated. Status: %1.</source>
        <translation>[Updated. Status: %1.]</translation>
    </message>
    <message>
        <source>%1 had already been created by an earlier attempt. Status: %2.</source>
        <translation>[%1 had already been created by an earlier attempt. Status: %2.]</translation>
    </message>
    <message>
        <source>&amp;Open identity</source>
        <translation>[&amp;Open identity]</translation>
    </message>
    <message>
        <source>Paxos already has an identity with this government ID.</source>
        <translation>[Paxos already has an identity with this government ID.]</translation>
    </message>
    <message>
        <source>&amp;Compare and decide…</source>
        <translation>[&amp;Compare and decide…]</translation>
    </message>
    <message>
        <source>The reference ID %1 already belongs to another identity. Reference IDs must be unique: generate a new one, or open the existing identity.</source>
        <translation>[The reference ID %1 already belongs to another identity. Reference IDs must be unique: generate a new one, or open the existing identity.]</translation>
    </message>
    <message>
        <source>&amp;Open existing identity</source>
        <translation>[&amp;Open existing identity]</translation>
    </message>
    <message>
        <source>Already used by identity %1.</source>
        <translation>[Already used by identity %1.]</translation>
    </message>
    <message>
        <source>Sending was stopped. If it had reached Paxos, sending again finds the identity it created (same reference ID) instead of creating another.</source>
        <translation>[Sending was stopped. If it had reached Paxos, sending again finds the identity it created (same reference ID) instead of creating another.]</translation>
    </message>
    <message>
        <source>Paxos refused the request; see the field marked below.</source>
        <translation>[Paxos refused the request; see the field marked below.]</translation>
    </message>
    <message>
        <source>Paxos refused the request: %1</source>
        <translation>[Paxos refused the request: %1]</translation>
    </message>
    <message>
        <source>Not sent: %1 Sending again is safe.</source>
        <translation>[Not sent: %1 Sending again is safe.]</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>[Send &amp;again]</translation>
    </message>
</context>
<context>
    <name>console::ui::PersonForm</name>
    <message>
        <source>— Choose —</source>
        <translation>[— Choose —]</translation>
    </message>
    <message>
        <source>%1 (prohibited by Paxos)</source>
        <translation>[%1 (prohibited by Paxos)]</translation>
    </message>
    <message>
        <source>Type a country name or code</source>
        <translation>[Type a country name or code]</translation>
    </message>
    <message>
        <source>Required by Paxos.</source>
        <translation>[Required by Paxos.]</translation>
    </message>
    <message>
        <source> (best effort)</source>
        <translation>[ (best effort)]</translation>
    </message>
    <message>
        <source>Best effort: send it when you know it.</source>
        <translation>[Best effort: send it when you know it.]</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation>[ (optional)]</translation>
    </message>
    <message>
        <source>Not needed under Paxos Trust licensing; accepted when sent.</source>
        <translation>[Not needed under Paxos Trust licensing; accepted when sent.]</translation>
    </message>
    <message>
        <source>Cannot send yet: %1</source>
        <translation>[Cannot send yet: %1]</translation>
    </message>
    <message numerus="yes">
        <source>Cannot send yet: %1 (and %n more problem(s))</source>
        <translation><numerusform>[Cannot send yet: %1 (and %n more problem(s))]</numerusform><numerusform>[Cannot send yet: %1 (and %n more problem(s))]</numerusform></translation>
    </message>
</context>
<context>
    <name>console::ui::PersonSearchBox</name>
    <message>
        <source>Name, ref_id or identity id</source>
        <translation>[Name, ref_id or identity id]</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>[Name]</translation>
    </message>
    <message>
        <source>Reference ID</source>
        <translation>[Reference ID]</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>[Status]</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>[ID]</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>[The search failed: %1]</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>[Searching…]</translation>
    </message>
    <message>
        <source>No person matches.</source>
        <translation>[No person matches.]</translation>
    </message>
    <message>
        <source>Persons found: %1</source>
        <translation>[Persons found: %1]</translation>
    </message>
</context>
<context>
    <name>console::ui::QueueExport</name>
    <message>
        <source>Export to CSV</source>
        <translation>[Export to CSV]</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>[CSV files (*.csv)]</translation>
    </message>
    <message>
        <source>An export is already running.</source>
        <translation>[An export is already running.]</translation>
    </message>
    <message>
        <source>Nothing to export: no identities are shown.</source>
        <translation>[Nothing to export: no identities are shown.]</translation>
    </message>
    <message>
        <source>Exporting identities…</source>
        <translation>[Exporting identities…]</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>[Cancel]</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n identities to %1.</source>
        <translation><numerusform>[Exported %n identities to %1.]</numerusform><numerusform>[Exported %n identities to %1.]</numerusform></translation>
    </message>
</context>
<context>
    <name>console::ui::QueueStatus</name>
    <message>
        <source>Nothing loaded matches “%1”</source>
        <translation>[Nothing loaded matches “%1”]</translation>
    </message>
    <message numerus="yes">
        <source>The search covers the %n identities loaded so far. Clear it, or narrow the filters to load the rest.</source>
        <translation><numerusform>[The search covers the %n identities loaded so far. Clear it, or narrow the filters to load the rest.]</numerusform><numerusform>[The search covers the %n identities loaded so far. Clear it, or narrow the filters to load the rest.]</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The search covers all %n identities that match the filters.</source>
        <translation><numerusform>[The search covers all %n identities that match the filters.]</numerusform><numerusform>[The search covers all %n identities that match the filters.]</numerusform></translation>
    </message>
    <message>
        <source>Loading identities…</source>
        <translation>[Loading identities…]</translation>
    </message>
    <message>
        <source>Could not load identities</source>
        <translation>[Could not load identities]</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>[Try Again]</translation>
    </message>
    <message>
        <source>No identities match these filters</source>
        <translation>[No identities match these filters]</translation>
    </message>
    <message>
        <source>Change or clear the filters (Ctrl+Shift+L).</source>
        <translation>[Change or clear the filters (Ctrl+Shift+L).]</translation>
    </message>
    <message>
        <source>No identities yet</source>
        <translation>[No identities yet]</translation>
    </message>
    <message>
        <source>Onboard a person with Identity → New person (Ctrl+N), or fill this local sandbox with demo identities in every status.</source>
        <translation>[Onboard a person with Identity → New person (Ctrl+N), or fill this local sandbox with demo identities in every status.]</translation>
    </message>
    <message>
        <source>Identities created through the API appear here. Onboard a person with Identity → New person (Ctrl+N).</source>
        <translation>[Identities created through the API appear here. Onboard a person with Identity → New person (Ctrl+N).]</translation>
    </message>
    <message>
        <source>%1 loaded, more on scroll</source>
        <translation>[%1 loaded, more on scroll]</translation>
    </message>
    <message numerus="yes">
        <source>%n identities</source>
        <translation><numerusform>[%n identities]</numerusform><numerusform>[%n identities]</numerusform></translation>
    </message>
    <message>
        <source> · loading…</source>
        <translation>[ · loading…]</translation>
    </message>
    <message>
        <source>%1 of %2 loaded</source>
        <translation>[%1 of %2 loaded]</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>[%1 of %2]</translation>
    </message>
</context>
<context>
    <name>console::ui::QueueTableView</name>
    <message>
        <source>Sorting…</source>
        <translation>[Sorting…]</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>[Reset Columns]</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>[Identities]</translation>
    </message>
</context>
<context>
    <name>console::ui::ReasonCodeEditor</name>
    <message>
        <source>Reason codes</source>
        <translation>[Reason codes]</translation>
    </message>
    <message>
        <source>Reasons a note can be written for. Codes that are no longer used are retired rather than deleted, so older notes keep their meaning.</source>
        <translation>[Reasons a note can be written for. Codes that are no longer used are retired rather than deleted, so older notes keep their meaning.]</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>[Move &amp;up]</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>[Move &amp;down]</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>[&amp;Retire]</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>[Re&amp;name]</translation>
    </message>
    <message>
        <source>Give the selected code the label typed below</source>
        <translation>[Give the selected code the label typed below]</translation>
    </message>
    <message>
        <source>Document review</source>
        <translation>[Document review]</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>[&amp;Add]</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>[&amp;Code]</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>[&amp;Label]</translation>
    </message>
    <message>
        <source>%1 — %2 (retired)</source>
        <translation>[%1 — %2 (retired)]</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>[%1 — %2]</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>[&amp;Restore]</translation>
    </message>
    <message>
        <source>A code is 1 to 40 letters, digits or underscores.</source>
        <translation>[A code is 1 to 40 letters, digits or underscores.]</translation>
    </message>
    <message>
        <source>Give the code a label.</source>
        <translation>[Give the code a label.]</translation>
    </message>
</context>
<context>
    <name>console::ui::ReviewRecordController</name>
    <message>
        <source>Timeline</source>
        <translation>[Timeline]</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>[Notes]</translation>
    </message>
    <message>
        <source>Documents could not be listed: %1</source>
        <translation>[Documents could not be listed: %1]</translation>
    </message>
    <message>
        <source>Controls could not be listed: %1</source>
        <translation>[Controls could not be listed: %1]</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>[&amp;Audit trail…]</translation>
    </message>
    <message>
        <source>Export &amp;evidence pack…</source>
        <translation>[Export &amp;evidence pack…]</translation>
    </message>
    <message>
        <source>&amp;Record settings…</source>
        <translation>[&amp;Record settings…]</translation>
    </message>
    <message>
        <source>The evidence pack could not be prepared: %1</source>
        <translation>[The evidence pack could not be prepared: %1]</translation>
    </message>
    <message>
        <source>Record: local file (team store unavailable)</source>
        <translation>[Record: local file (team store unavailable)]</translation>
    </message>
    <message>
        <source>Record: team database</source>
        <translation>[Record: team database]</translation>
    </message>
    <message>
        <source>Record: local file</source>
        <translation>[Record: local file]</translation>
    </message>
    <message>
        <source>Record settings</source>
        <translation>[Record settings]</translation>
    </message>
    <message>
        <source>the team database %1 on %2</source>
        <translation>[the team database %1 on %2]</translation>
    </message>
    <message>
        <source>Record settings saved.</source>
        <translation>[Record settings saved.]</translation>
    </message>
    <message>
        <source>Record settings saved</source>
        <translation>[Record settings saved]</translation>
    </message>
    <message>
        <source>The console records to %1 from its next start. Restart it now?</source>
        <translation>[The console records to %1 from its next start. Restart it now?]</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>[&amp;Restart Now]</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>[&amp;Later]</translation>
    </message>
    <message>
        <source>Record settings saved; the new location is used from the next start.</source>
        <translation>[Record settings saved; the new location is used from the next start.]</translation>
    </message>
    <message>
        <source>Restarting once the password is stored…</source>
        <translation>[Restarting once the password is stored…]</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) could not be saved yet.</source>
        <translation><numerusform>[%n note(s) could not be saved yet.]</numerusform><numerusform>[%n note(s) could not be saved yet.]</numerusform></translation>
    </message>
    <message>
        <source>Record: team database unreachable</source>
        <translation>[Record: team database unreachable]</translation>
    </message>
    <message>
        <source>The team database %1 cannot be reached: %2
Nothing is saved or sent until it answers again; the console keeps trying.</source>
        <translation>[The team database %1 cannot be reached: %2
Nothing is saved or sent until it answers again; the console keeps trying.]</translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation>[the connection was lost]</translation>
    </message>
</context>
<context>
    <name>console::ui::SandboxOutcomesPanel</name>
    <message>
        <source>Leave as it is</source>
        <translation>[Leave as it is]</translation>
    </message>
    <message>
        <source>Sandbox sub-statuses</source>
        <translation>[Sandbox sub-statuses]</translation>
    </message>
    <message>
        <source>&amp;ID verification</source>
        <translation>[&amp;ID verification]</translation>
    </message>
    <message>
        <source>&amp;Sanctions screening</source>
        <translation>[&amp;Sanctions screening]</translation>
    </message>
    <message>
        <source>&amp;Additional screening</source>
        <translation>[&amp;Additional screening]</translation>
    </message>
    <message>
        <source>&amp;Document verification</source>
        <translation>[&amp;Document verification]</translation>
    </message>
    <message>
        <source>Set s&amp;tatuses</source>
        <translation>[Set s&amp;tatuses]</translation>
    </message>
    <message>
        <source>Local sandbox scenario</source>
        <translation>[Local sandbox scenario]</translation>
    </message>
    <message>
        <source>&amp;Run scenario</source>
        <translation>[&amp;Run scenario]</translation>
    </message>
    <message>
        <source>Sce&amp;nario</source>
        <translation>[Sce&amp;nario]</translation>
    </message>
    <message>
        <source>Done. The identity is reloaded.</source>
        <translation>[Done. The identity is reloaded.]</translation>
    </message>
    <message>
        <source>Sandbox outcomes are not available in Production.</source>
        <translation>[Sandbox outcomes are not available in Production.]</translation>
    </message>
    <message>
        <source>Scenario triggers exist only in the local sandbox.</source>
        <translation>[Scenario triggers exist only in the local sandbox.]</translation>
    </message>
    <message>
        <source>Choose at least one status to set.</source>
        <translation>[Choose at least one status to set.]</translation>
    </message>
    <message>
        <source>Setting statuses…</source>
        <translation>[Setting statuses…]</translation>
    </message>
    <message>
        <source>Running scenario…</source>
        <translation>[Running scenario…]</translation>
    </message>
</context>
<context>
    <name>console::ui::SavedViewsControl</name>
    <message>
        <source>Saved view</source>
        <translation>[Saved view]</translation>
    </message>
    <message>
        <source>Switch to a saved view of the queue: its filters, sort and columns</source>
        <translation>[Switch to a saved view of the queue: its filters, sort and columns]</translation>
    </message>
    <message>
        <source>&amp;Save current view as…</source>
        <translation>[&amp;Save current view as…]</translation>
    </message>
    <message>
        <source>Views ▾</source>
        <translation>[Views ▾]</translation>
    </message>
    <message>
        <source>Saved view actions</source>
        <translation>[Saved view actions]</translation>
    </message>
    <message>
        <source>Save, overwrite, rename or delete saved views</source>
        <translation>[Save, overwrite, rename or delete saved views]</translation>
    </message>
    <message>
        <source>Saved vie&amp;w</source>
        <translation>[Saved vie&amp;w]</translation>
    </message>
    <message>
        <source>Saved vie&amp;ws</source>
        <translation>[Saved vie&amp;ws]</translation>
    </message>
    <message>
        <source>No saved view</source>
        <translation>[No saved view]</translation>
    </message>
    <message>
        <source>&amp;Overwrite “%1” with the current view</source>
        <translation>[&amp;Overwrite “%1” with the current view]</translation>
    </message>
    <message>
        <source>&amp;Overwrite the saved view</source>
        <translation>[&amp;Overwrite the saved view]</translation>
    </message>
    <message>
        <source>&amp;Rename “%1”…</source>
        <translation>[&amp;Rename “%1”…]</translation>
    </message>
    <message>
        <source>&amp;Rename the saved view…</source>
        <translation>[&amp;Rename the saved view…]</translation>
    </message>
    <message>
        <source>&amp;Delete “%1”</source>
        <translation>[&amp;Delete “%1”]</translation>
    </message>
    <message>
        <source>&amp;Delete the saved view</source>
        <translation>[&amp;Delete the saved view]</translation>
    </message>
    <message>
        <source>The view “%1” is no longer saved.</source>
        <translation>[The view “%1” is no longer saved.]</translation>
    </message>
    <message>
        <source>The view “%1” was saved with filters that cannot be restored: %2. The queue shows the view without them.</source>
        <translation>[The view “%1” was saved with filters that cannot be restored: %2. The queue shows the view without them.]</translation>
    </message>
    <message>
        <source>, </source>
        <translation>[, ]</translation>
    </message>
    <message numerus="yes">
        <source>%n filter(s) not restored</source>
        <translation><numerusform>[%n filter(s) not restored]</numerusform><numerusform>[%n filter(s) not restored]</numerusform></translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>[Save view]</translation>
    </message>
    <message>
        <source>&amp;Name of the view:</source>
        <translation>[&amp;Name of the view:]</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>[Save]</translation>
    </message>
    <message>
        <source>The view was not saved: %1</source>
        <translation>[The view was not saved: %1]</translation>
    </message>
    <message>
        <source>View “%1” saved.</source>
        <translation>[View “%1” saved.]</translation>
    </message>
    <message>
        <source>View “%1” saved. These filters cannot be kept in a view and will not be restored with it: %2.</source>
        <translation>[View “%1” saved. These filters cannot be kept in a view and will not be restored with it: %2.]</translation>
    </message>
    <message>
        <source>View “%1” saved with the current filters, sort and columns.</source>
        <translation>[View “%1” saved with the current filters, sort and columns.]</translation>
    </message>
    <message>
        <source>Rename view</source>
        <translation>[Rename view]</translation>
    </message>
    <message>
        <source>&amp;New name of “%1”:</source>
        <translation>[&amp;New name of “%1”:]</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>[Rename]</translation>
    </message>
    <message>
        <source>The view was not renamed: %1</source>
        <translation>[The view was not renamed: %1]</translation>
    </message>
    <message>
        <source>The view was not deleted: %1</source>
        <translation>[The view was not deleted: %1]</translation>
    </message>
    <message>
        <source>View “%1” deleted; the queue stays as it is.</source>
        <translation>[View “%1” deleted; the queue stays as it is.]</translation>
    </message>
</context>
<context>
    <name>console::ui::StoreSettingsPage</name>
    <message>
        <source>Kept in %1, never in a settings file.</source>
        <translation>[Kept in %1, never in a settings file.]</translation>
    </message>
    <message>
        <source>No keychain is available: the password is kept for this session only.</source>
        <translation>[No keychain is available: the password is kept for this session only.]</translation>
    </message>
    <message>
        <source>Store file</source>
        <translation>[Store file]</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db)</source>
        <translation>[SQLite databases (*.sqlite *.db)]</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>[Connected: %1]</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>[Could not connect: %1]</translation>
    </message>
    <message>
        <source>The password is stored.</source>
        <translation>[The password is stored.]</translation>
    </message>
    <message>
        <source>Enter the database server's host name.</source>
        <translation>[Enter the database server's host name.]</translation>
    </message>
    <message>
        <source>Enter the database name.</source>
        <translation>[Enter the database name.]</translation>
    </message>
    <message>
        <source>Enter the database user.</source>
        <translation>[Enter the database user.]</translation>
    </message>
    <message>
        <source>The console records to this file from its next start.</source>
        <translation>[The console records to this file from its next start.]</translation>
    </message>
    <message>
        <source>The console records to this database from its next start; if the server cannot be reached then, it says so and records to the local file.</source>
        <translation>[The console records to this database from its next start; if the server cannot be reached then, it says so and records to the local file.]</translation>
    </message>
    <message>
        <source>A new store will be created at %1.</source>
        <translation>[A new store will be created at %1.]</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to.</source>
        <translation>[The folder %1 cannot be written to.]</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>[Connecting…]</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>[SQLite file]</translation>
    </message>
</context>
<context>
    <name>console::ui::TeamPanel</name>
    <message>
        <source>Assign &amp;to…</source>
        <translation>[Assign &amp;to…]</translation>
    </message>
    <message>
        <source>Assign this identity to a reviewer</source>
        <translation>[Assign this identity to a reviewer]</translation>
    </message>
    <message>
        <source>Ta&amp;ke</source>
        <translation>[Ta&amp;ke]</translation>
    </message>
    <message>
        <source>Assign this identity to yourself, if nobody else has it</source>
        <translation>[Assign this identity to yourself, if nobody else has it]</translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation>[Re&amp;lease]</translation>
    </message>
    <message>
        <source>Leave this identity unassigned</source>
        <translation>[Leave this identity unassigned]</translation>
    </message>
    <message>
        <source>Others cannot see that you have this identity open: %1</source>
        <translation>[Others cannot see that you have this identity open: %1]</translation>
    </message>
    <message>
        <source>No identity open</source>
        <translation>[No identity open]</translation>
    </message>
    <message>
        <source>Assignment unknown: %1</source>
        <translation>[Assignment unknown: %1]</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>[Not assigned]</translation>
    </message>
    <message>
        <source>you</source>
        <translation>[you]</translation>
    </message>
    <message>
        <source>Assigned to %1 since %2</source>
        <translation>[Assigned to %1 since %2]</translation>
    </message>
    <message>
        <source>Assigned to %1 by %2 since %3</source>
        <translation>[Assigned to %1 by %2 since %3]</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>[%1 since %2]</translation>
    </message>
    <message>
        <source>Open by %1</source>
        <translation>[Open by %1]</translation>
    </message>
    <message>
        <source>, and by </source>
        <translation>[, and by ]</translation>
    </message>
    <message>
        <source>The change could not be recorded in the audit trail: %1</source>
        <translation>[The change could not be recorded in the audit trail: %1]</translation>
    </message>
    <message>
        <source>Could not assign: %1</source>
        <translation>[Could not assign: %1]</translation>
    </message>
    <message>
        <source>Could not take it: %1</source>
        <translation>[Could not take it: %1]</translation>
    </message>
    <message>
        <source>%1 has it already.</source>
        <translation>[%1 has it already.]</translation>
    </message>
    <message>
        <source>Could not release: %1</source>
        <translation>[Could not release: %1]</translation>
    </message>
    <message>
        <source>the record did not say why</source>
        <translation>[the record did not say why]</translation>
    </message>
    <message>
        <source>the team database cannot be reached</source>
        <translation>[the team database cannot be reached]</translation>
    </message>
    <message>
        <source>The team's names could not be read: %1</source>
        <translation>[The team's names could not be read: %1]</translation>
    </message>
</context>
<context>
    <name>console::ui::TimelineEntryDialog</name>
    <message>
        <source>Changes</source>
        <translation>[Changes]</translation>
    </message>
    <message>
        <source>Record (JSON)</source>
        <translation>[Record (JSON)]</translation>
    </message>
</context>
<context>
    <name>console::ui::TimelineWidget</name>
    <message>
        <source>Everything</source>
        <translation>[Everything]</translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation>[Status changes]</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>[Events]</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>[Documents]</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>[Controls]</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>[Notes]</translation>
    </message>
    <message>
        <source>Console calls</source>
        <translation>[Console calls]</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>[&amp;Show]</translation>
    </message>
    <message>
        <source>When</source>
        <translation>[When]</translation>
    </message>
    <message>
        <source>What</source>
        <translation>[What]</translation>
    </message>
    <message>
        <source>By</source>
        <translation>[By]</translation>
    </message>
    <message>
        <source>The timeline could not be read: %1</source>
        <translation>[The timeline could not be read: %1]</translation>
    </message>
    <message>
        <source>Open an identity to see its timeline.</source>
        <translation>[Open an identity to see its timeline.]</translation>
    </message>
    <message>
        <source>Nothing recorded for this identity yet.</source>
        <translation>[Nothing recorded for this identity yet.]</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>[1 entry]</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>[%1 entries]</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>[Status change]</translation>
    </message>
    <message>
        <source>Verification status change</source>
        <translation>[Verification status change]</translation>
    </message>
    <message>
        <source>Requirement change</source>
        <translation>[Requirement change]</translation>
    </message>
    <message>
        <source>Paxos event</source>
        <translation>[Paxos event]</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>[Document]</translation>
    </message>
    <message>
        <source>Control added</source>
        <translation>[Control added]</translation>
    </message>
    <message>
        <source>Control removed</source>
        <translation>[Control removed]</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>[Note]</translation>
    </message>
    <message>
        <source>Call from this console</source>
        <translation>[Call from this console]</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>[(none)]</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>[%1: %2 → %3]</translation>
    </message>
</context>
<context>
    <name>console::ui::TypedConfirmationDialog</name>
    <message>
        <source>Confirm change in %1</source>
        <translation>[Confirm change in %1]</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>[%1 in %2]</translation>
    </message>
    <message>
        <source>This changes live customer data for %1. It cannot be undone from the console.</source>
        <translation>[This changes live customer data for %1. It cannot be undone from the console.]</translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>[Type %1 to confirm:]</translation>
    </message>
</context>
<context>
    <name>console::ui::WebhookSettingsDialog</name>
    <message>
        <source>Webhook receiver</source>
        <translation>[Webhook receiver]</translation>
    </message>
    <message>
        <source>Paxos POSTs a notification for every event to the URL configured in its Dashboard (Developer → Webhooks). The console answers it and fetches the event. These settings apply to %1; in the local sandbox the console registers its own receiver.</source>
        <translation>[Paxos POSTs a notification for every event to the URL configured in its Dashboard (Developer → Webhooks). The console answers it and fetches the event. These settings apply to %1; in the local sandbox the console registers its own receiver.]</translation>
    </message>
    <message>
        <source>Receive webhooks in this console</source>
        <translation>[Receive webhooks in this console]</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>[any free port]</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>[unchanged]</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>[Listen on]</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>[Port]</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>[Path]</translation>
    </message>
    <message>
        <source>API-key header</source>
        <translation>[API-key header]</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>[API key]</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in settings.</source>
        <translation>[Kept in the system keychain, never in settings.]</translation>
    </message>
    <message>
        <source>Not an IP address.</source>
        <translation>[Not an IP address.]</translation>
    </message>
    <message>
        <source>Other machines can reach the receiver on this address. Only do this behind a TLS-terminating proxy Paxos can reach.</source>
        <translation>[Other machines can reach the receiver on this address. Only do this behind a TLS-terminating proxy Paxos can reach.]</translation>
    </message>
    <message>
        <source>Enter an IP address to listen on, e.g. 127.0.0.1.</source>
        <translation>[Enter an IP address to listen on, e.g. 127.0.0.1.]</translation>
    </message>
    <message>
        <source>The path may not contain spaces, '?' or '#'.</source>
        <translation>[The path may not contain spaces, '?' or '#'.]</translation>
    </message>
    <message>
        <source>Enter the header name configured in Paxos, e.g. X-Api-Key.</source>
        <translation>[Enter the header name configured in Paxos, e.g. X-Api-Key.]</translation>
    </message>
</context>
<context>
    <name>paxos</name>
    <message>
        <source>an identity id is required</source>
        <translation>[an identity id is required]</translation>
    </message>
    <message>
        <source>the file name must have 1 to 260 characters</source>
        <translation>[the file name must have 1 to 260 characters]</translation>
    </message>
    <message>
        <source>only PDF, JPG and PNG files can be uploaded</source>
        <translation>[only PDF, JPG and PNG files can be uploaded]</translation>
    </message>
    <message>
        <source>choose at least one document type</source>
        <translation>[choose at least one document type]</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>[the file is empty]</translation>
    </message>
    <message>
        <source>the file must be smaller than 100 MB</source>
        <translation>[the file must be smaller than 100 MB]</translation>
    </message>
</context>
<context>
    <name>paxos::AddAccountMembersJob</name>
    <message>
        <source>an account and at least one member are required</source>
        <translation>[an account and at least one member are required]</translation>
    </message>
</context>
<context>
    <name>paxos::AddInstitutionMembersJob</name>
    <message>
        <source>an institution and at least one member are required</source>
        <translation>[an institution and at least one member are required]</translation>
    </message>
</context>
<context>
    <name>paxos::ApiError</name>
    <message>
        <source>The request was not accepted: %1</source>
        <translation>[The request was not accepted: %1]</translation>
    </message>
    <message>
        <source>Paxos did not accept the access token: %1</source>
        <translation>[Paxos did not accept the access token: %1]</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>[Not allowed: %1]</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>[Not found: %1]</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>[Conflict: %1]</translation>
    </message>
    <message>
        <source>Paxos is limiting the request rate; try again in a few minutes.</source>
        <translation>[Paxos is limiting the request rate; try again in a few minutes.]</translation>
    </message>
    <message>
        <source>The Paxos service failed (HTTP %1): %2</source>
        <translation>[The Paxos service failed (HTTP %1): %2]</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>[HTTP %1: %2]</translation>
    </message>
    <message>
        <source>An identity with this government ID (cip_id, type and country) already exists: %1.</source>
        <translation>[An identity with this government ID (cip_id, type and country) already exists: %1.]</translation>
    </message>
    <message>
        <source>An identity with this reference id (ref_id) already exists: %1.</source>
        <translation>[An identity with this reference id (ref_id) already exists: %1.]</translation>
    </message>
    <message>
        <source>The API credentials were not granted the scope %1, which this action needs. Add it to the API key in the Paxos Dashboard.</source>
        <translation>[The API credentials were not granted the scope %1, which this action needs. Add it to the API key in the Paxos Dashboard.]</translation>
    </message>
    <message>
        <source>Signing in to Paxos failed: %1</source>
        <translation>[Signing in to Paxos failed: %1]</translation>
    </message>
    <message>
        <source>Could not reach Paxos: %1</source>
        <translation>[Could not reach Paxos: %1]</translation>
    </message>
    <message>
        <source>Paxos did not answer in time.</source>
        <translation>[Paxos did not answer in time.]</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>[Cancelled.]</translation>
    </message>
    <message>
        <source>Paxos sent a response this version cannot read: %1</source>
        <translation>[Paxos sent a response this version cannot read: %1]</translation>
    </message>
    <message>
        <source>Invalid request: %1</source>
        <translation>[Invalid request: %1]</translation>
    </message>
    <message>
        <source>The connection is not set up: %1</source>
        <translation>[The connection is not set up: %1]</translation>
    </message>
</context>
<context>
    <name>paxos::Connection</name>
    <message>
        <source>the server redirected the call too many times</source>
        <translation>[the server redirected the call too many times]</translation>
    </message>
    <message>
        <source>the server redirected the call to %1 (HTTP %2), another scheme, host or port; redirects that leave the server are not followed, so no credential goes there</source>
        <translation>[the server redirected the call to %1 (HTTP %2), another scheme, host or port; redirects that leave the server are not followed, so no credential goes there]</translation>
    </message>
    <message>
        <source>no valid environment</source>
        <translation>[no valid environment]</translation>
    </message>
    <message>
        <source>a change that did not pass the write gate (confirmation and record) was not sent</source>
        <translation>[a change that did not pass the write gate (confirmation and record) was not sent]</translation>
    </message>
</context>
<context>
    <name>paxos::CreateAccountJob</name>
    <message>
        <source>an identity id is required</source>
        <translation>[an identity id is required]</translation>
    </message>
</context>
<context>
    <name>paxos::CreateIdentityControlJob</name>
    <message>
        <source>identity, type and reason code are required</source>
        <translation>[identity, type and reason code are required]</translation>
    </message>
</context>
<context>
    <name>paxos::DeleteIdentityControlJob</name>
    <message>
        <source>a control id is required</source>
        <translation>[a control id is required]</translation>
    </message>
</context>
<context>
    <name>paxos::Environment</name>
    <message>
        <source>Token URL: %1</source>
        <translation>[Token URL: %1]</translation>
    </message>
    <message>
        <source>API base: %1</source>
        <translation>[API base: %1]</translation>
    </message>
    <message>
        <source>no URL</source>
        <translation>[no URL]</translation>
    </message>
    <message>
        <source>"%1" is not a URL with a host</source>
        <translation>["%1" is not a URL with a host]</translation>
    </message>
    <message>
        <source>plain http is only allowed to this machine (localhost); use https://%1</source>
        <translation>[plain http is only allowed to this machine (localhost); use https://%1]</translation>
    </message>
    <message>
        <source>"%1" is not an http(s) URL</source>
        <translation>["%1" is not an http(s) URL]</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>[Local sandbox]</translation>
    </message>
    <message>
        <source>Paxos Sandbox</source>
        <translation>[Paxos Sandbox]</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>[Production]</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>[Custom]</translation>
    </message>
</context>
<context>
    <name>paxos::GetAccountJob</name>
    <message>
        <source>an account id is required</source>
        <translation>[an account id is required]</translation>
    </message>
</context>
<context>
    <name>paxos::GetEventJob</name>
    <message>
        <source>an event id is required</source>
        <translation>[an event id is required]</translation>
    </message>
</context>
<context>
    <name>paxos::GetIdentityJob</name>
    <message>
        <source>an identity id is required</source>
        <translation>[an identity id is required]</translation>
    </message>
</context>
<context>
    <name>paxos::GetProfileJob</name>
    <message>
        <source>a profile id is required</source>
        <translation>[a profile id is required]</translation>
    </message>
</context>
<context>
    <name>paxos::Job</name>
    <message>
        <source>no connection</source>
        <translation>[no connection]</translation>
    </message>
</context>
<context>
    <name>paxos::ListDocumentsJob</name>
    <message>
        <source>an identity id is required</source>
        <translation>[an identity id is required]</translation>
    </message>
</context>
<context>
    <name>paxos::ListEventsJob</name>
    <message>
        <source>limit must be between 1 and 100</source>
        <translation>[limit must be between 1 and 100]</translation>
    </message>
</context>
<context>
    <name>paxos::ListIdentityControlsJob</name>
    <message>
        <source>an identity id is required</source>
        <translation>[an identity id is required]</translation>
    </message>
</context>
<context>
    <name>paxos::RemoveAccountMemberJob</name>
    <message>
        <source>a member id is required</source>
        <translation>[a member id is required]</translation>
    </message>
</context>
<context>
    <name>paxos::RemoveInstitutionMemberJob</name>
    <message>
        <source>a member id is required</source>
        <translation>[a member id is required]</translation>
    </message>
</context>
<context>
    <name>paxos::RequestDocumentUploadJob</name>
    <message>
        <source>an identity id is required</source>
        <translation>[an identity id is required]</translation>
    </message>
</context>
<context>
    <name>paxos::SandboxAdminJob</name>
    <message>
        <source>the sandbox admin API exists only on a paxos-sandbox on this computer</source>
        <translation>[the sandbox admin API exists only on a paxos-sandbox on this computer]</translation>
    </message>
    <message>
        <source>the sandbox admin API answered with no JSON object</source>
        <translation>[the sandbox admin API answered with no JSON object]</translation>
    </message>
</context>
<context>
    <name>paxos::SetSandboxIdentityStatusJob</name>
    <message>
        <source>an identity id is required</source>
        <translation>[an identity id is required]</translation>
    </message>
</context>
<context>
    <name>paxos::TokenProvider</name>
    <message>
        <source>no API credentials</source>
        <translation>[no API credentials]</translation>
    </message>
</context>
<context>
    <name>paxos::UpdateAccountJob</name>
    <message>
        <source>an account id is required</source>
        <translation>[an account id is required]</translation>
    </message>
</context>
<context>
    <name>paxos::UpdateIdentityJob</name>
    <message>
        <source>an identity id is required</source>
        <translation>[an identity id is required]</translation>
    </message>
</context>
<context>
    <name>paxos::UploadDocumentContentJob</name>
    <message>
        <source>the upload URL is not valid</source>
        <translation>[the upload URL is not valid]</translation>
    </message>
</context>
</TS>
