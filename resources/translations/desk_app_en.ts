<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>Accessible</name>
    <message>
        <source>Sneltoets {keys}</source>
        <translation>Shortcut {keys}</translation>
    </message>
    <message>
        <source>Schuifgebied</source>
        <translation>Scroll area</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Nieuwe persoon</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Rol wijzigen</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>Nieuwe pincode</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <source>Ontgrendelen</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Aan- of uitzetten</source>
        <translation>Switch on or off</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Het account van {name} ontgrendelen? Die kan dan meteen weer inloggen.</source>
        <translation>Unlock the account of {name}? They can then log in again at once.</translation>
    </message>
    <message>
        <source>{name} kan weer inloggen.</source>
        <translation>{name} can log in again.</translation>
    </message>
    <message>
        <source>{name} staat aan.</source>
        <translation>{name} is switched on.</translation>
    </message>
    <message>
        <source>{name} staat uit.</source>
        <translation>{name} is switched off.</translation>
    </message>
    <message>
        <source>{name} is toegevoegd.</source>
        <translation>{name} has been added.</translation>
    </message>
    <message>
        <source>{name} is nu {role}.</source>
        <translation>{name} is now {role}.</translation>
    </message>
    <message>
        <source>{name} heeft een nieuwe pincode.</source>
        <translation>{name} has a new PIN.</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>uitgeschakeld</source>
        <translation>switched off</translation>
    </message>
    <message>
        <source>geblokkeerd tot {time}</source>
        <translation>locked until {time}</translation>
    </message>
    <message>
        <source>actief</source>
        <translation>active</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>{name} (afgelast)</source>
        <translation>{name} (cancelled)</translation>
    </message>
    <message>
        <source>Scan bezoekerspassen bij de deur van de gekozen bijeenkomst</source>
        <translation>Scan visitor passes at the door of the chosen session</translation>
    </message>
    <message>
        <source>Scan passen bij de deur</source>
        <translation>Scan passes at the door</translation>
    </message>
    <message>
        <source>Aantal aanwezigen</source>
        <translation>Number of attendees</translation>
    </message>
    <message>
        <source>Aanwezigen tellen</source>
        <translation>Count attendees</translation>
    </message>
    <message>
        <source>Telling corrigeren</source>
        <translation>Correct the count</translation>
    </message>
    <message>
        <source>Zet de telling met de hand van de gekozen bijeenkomst op het getal in het vak</source>
        <translation>Set the hand count of the chosen session to the number in the box</translation>
    </message>
    <message>
        <source>Nieuwe activiteit</source>
        <translation>New activity</translation>
    </message>
    <message>
        <source>Bijeenkomst afgelasten</source>
        <translation>Cancel session</translation>
    </message>
    <message>
        <source>Nog geen activiteiten. Zet de eerste activiteit in het programma.</source>
        <translation>No activities yet. Put the first activity in the programme.</translation>
    </message>
    <message>
        <source>Aanmeldingen</source>
        <translation>Sign-ups</translation>
    </message>
    <message>
        <source>Activiteiten</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>&lt; Vorige week</source>
        <translation>&lt; Previous week</translation>
    </message>
    <message>
        <source>Deze week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Volgende week &gt;</source>
        <translation>Next week &gt;</translation>
    </message>
    <message>
        <source>Week van {first} t/m {last}</source>
        <translation>Week of {first} to {last}</translation>
    </message>
    <message>
        <source>Kies eerst een bijeenkomst in de lijst.</source>
        <translation>Please choose a session in the list first.</translation>
    </message>
    <message>
        <source>Strippenkaart gestempeld voor {name}; nog {left} van {stamps} strippen.</source>
        <translation>Multi-visit card stamped for {name}; {left} of {stamps} stamps left.</translation>
    </message>
    <message>
        <source>Er zijn bij {name} al {counted} aanwezigen geteld. Nog {count} erbij?</source>
        <translation>{counted} attendees have already been counted at {name}. Add {count} more?</translation>
    </message>
    <message>
        <source>Ja, {count} erbij</source>
        <translation>Yes, add {count}</translation>
    </message>
    <message>
        <source>Was het dezelfde telling nog eens? Kies dan Nee. Een verkeerde telling zet u recht met Telling corrigeren.</source>
        <translation>Was it the same count again? Then choose No. A wrong count is put right with Correct the count.</translation>
    </message>
    <message>
        <source>{count} aanwezigen geteld bij {name}.</source>
        <translation>{count} attendees counted at {name}.</translation>
    </message>
    <message>
        <source>De telling van {name} van {counted} naar {total} zetten?</source>
        <translation>Set the count of {name} from {counted} to {total}?</translation>
    </message>
    <message>
        <source>Ja, corrigeren</source>
        <translation>Yes, correct it</translation>
    </message>
    <message>
        <source>Alleen de telling met de hand verandert; gescande passen, strippen en aanmeldingen blijven meetellen.</source>
        <translation>Only the hand count changes; scanned passes, stamps and sign-ups still count.</translation>
    </message>
    <message>
        <source>De telling van {name} staat nu op {total}.</source>
        <translation>The count of {name} is now {total}.</translation>
    </message>
    <message>
        <source>{count} bijeenkomst(en) gepland.</source>
        <translation>{count} session(s) planned.</translation>
    </message>
    <message>
        <source>Deze bijeenkomst is al afgelast.</source>
        <translation>This session has already been cancelled.</translation>
    </message>
    <message>
        <source>{name} op {day} afgelasten? Dat kan niet ongedaan worden gemaakt.</source>
        <translation>Cancel {name} on {day}? This cannot be undone.</translation>
    </message>
    <message>
        <source>{count} strip(pen) die voor deze bijeenkomst zijn afgestempeld, gaan terug op de strippenkaarten.</source>
        <translation>{count} stamp(s) used for this session go back onto the multi-visit cards.</translation>
    </message>
    <message>
        <source>Ja, afgelasten</source>
        <translation>Yes, cancel it</translation>
    </message>
    <message>
        <source>{name} op {day} is afgelast.</source>
        <translation>{name} on {day} has been cancelled.</translation>
    </message>
    <message>
        <source>{count} strip(pen) terug op de kaarten.</source>
        <translation>{count} stamp(s) back on the cards.</translation>
    </message>
</context>
<context>
    <name>AgeGroups</name>
    <message>
        <source>Kind</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Jongere</source>
        <translation>Young person</translation>
    </message>
    <message>
        <source>Volwassene</source>
        <translation>Adult</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>Senior</translation>
    </message>
</context>
<context>
    <name>AllowanceDialog</name>
    <message>
        <source>per uur</source>
        <translation>per hour</translation>
    </message>
    <message>
        <source>per maand</source>
        <translation>per month</translation>
    </message>
    <message>
        <source>per jaar</source>
        <translation>per year</translation>
    </message>
    <message>
        <source>Vrijwilligersvergoedingen</source>
        <translation>Volunteer allowances</translation>
    </message>
    <message>
        <source>Dicht bij een grens</source>
        <translation>Near a limit</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Geboortedatum opslaan</source>
        <translation>Save date of birth</translation>
    </message>
    <message>
        <source>bijv. 25,00</source>
        <translation>e.g. 25.00</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Dicht bij een grens (80 % of meer):</source>
        <translation>Near a limit (80 % or more):</translation>
    </message>
    <message>
        <source>Vrijwilliger</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Geboortedatum (onder 21 lagere grens per uur)</source>
        <translation>Date of birth (under 21 a lower hourly limit)</translation>
    </message>
    <message>
        <source>Maand</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Betaalde vergoeding</source>
        <translation>Allowance paid</translation>
    </message>
    <message>
        <source>Vergoeding opslaan</source>
        <translation>Save allowance</translation>
    </message>
    <message>
        <source>Jaaropgave (PDF)</source>
        <translation>Yearly statement (PDF)</translation>
    </message>
    <message>
        <source>Grenzen…</source>
        <translation>Limits…</translation>
    </message>
    <message>
        <source>Betaalde vergoedingen…</source>
        <translation>Allowances paid…</translation>
    </message>
    <message>
        <source>Kies eerst een vrijwilliger.</source>
        <translation>Please choose a volunteer first.</translation>
    </message>
    <message>
        <source>Typ het bedrag, bijvoorbeeld 25,00.</source>
        <translation>Type the amount, for example 25.00.</translation>
    </message>
    <message>
        <source>De vergoeding is opgeslagen.</source>
        <translation>The allowance has been saved.</translation>
    </message>
    <message>
        <source>De geboortedatum is opgeslagen.</source>
        <translation>The date of birth has been saved.</translation>
    </message>
</context>
<context>
    <name>AllowanceWarningDialog</name>
    <message>
        <source>Vrijwilligersvergoeding</source>
        <translation>Volunteer allowance</translation>
    </message>
    <message>
        <source>Stoppen</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Toch afrekenen</source>
        <translation>Ring it up anyway</translation>
    </message>
    <message>
        <source>per gewerkt uur</source>
        <translation>per hour worked</translation>
    </message>
    <message>
        <source>deze maand</source>
        <translation>this month</translation>
    </message>
    <message>
        <source>dit jaar</source>
        <translation>this year</translation>
    </message>
    <message>
        <source>Met deze consumptie komt {name} {per} op {after} aan vergoedingen; onbelast is hoogstens {limit}. Daarboven wordt alles belast. Toch afrekenen als eigen consumptie?</source>
        <translation>With this consumption {name} reaches {after} in allowances {per}; tax-free is at most {limit}. Above it, all of it is taxed. Ring it up as own consumption anyway?</translation>
    </message>
</context>
<context>
    <name>AllowancesPaidDialog</name>
    <message>
        <source>Betaalde vergoedingen {year}</source>
        <translation>Allowances paid {year}</translation>
    </message>
    <message>
        <source>Betaalde vergoedingen</source>
        <translation>Allowances paid</translation>
    </message>
    <message>
        <source>Een verkeerde vergoeding wordt niet gewist maar teruggedraaid: er komt een tegenboeking bij.</source>
        <translation>A wrong allowance is not deleted but reversed: a reversing entry is added.</translation>
    </message>
    <message>
        <source>Terugdraaien</source>
        <translation>Reverse</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Kies eerst een vergoeding in de lijst.</source>
        <translation>First choose an allowance in the list.</translation>
    </message>
    <message>
        <source>De vergoeding van {amount} aan {name} over {month} terugdraaien?</source>
        <translation>Reverse the allowance of {amount} to {name} for {month}?</translation>
    </message>
    <message>
        <source>Vergoeding terugdraaien</source>
        <translation>Reverse allowance</translation>
    </message>
    <message>
        <source>De vergoeding aan {name} is teruggedraaid.</source>
        <translation>The allowance to {name} has been reversed.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Auditlog</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Zoeken in het auditlog</source>
        <translation>Search the audit log</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Wijziging</source>
        <translation>Change</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>Account van {subject} {switched}</source>
        <translation>Account of {subject} {switched}</translation>
    </message>
    <message>
        <source>Account voor {subject} gemaakt, rol {role}</source>
        <translation>Account for {subject} created, role {role}</translation>
    </message>
    <message>
        <source>{subject} koos een nieuwe pincode</source>
        <translation>{subject} chose a new PIN</translation>
    </message>
    <message>
        <source>Nieuwe pincode voor {subject}</source>
        <translation>New PIN for {subject}</translation>
    </message>
    <message>
        <source>Rol van {subject} gewijzigd van {before_role} in {role}</source>
        <translation>Role of {subject} changed from {before_role} to {role}</translation>
    </message>
    <message>
        <source>Account van {subject} ontgrendeld</source>
        <translation>Account of {subject} unlocked</translation>
    </message>
    <message>
        <source>Bijeenkomst van {subject} afgelast</source>
        <translation>Session of {subject} cancelled</translation>
    </message>
    <message>
        <source>Plaatsen van de bijeenkomst van {subject}: {before_capacity} werd {capacity}</source>
        <translation>Places of the session of {subject}: {before_capacity} became {capacity}</translation>
    </message>
    <message>
        <source>Activiteit {subject} gepland, {sessions} bijeenkomst(en)</source>
        <translation>Activity {subject} planned, {sessions} session(s)</translation>
    </message>
    <message>
        <source>Reservekopie gemaakt in {subject}: {file}</source>
        <translation>Backup made in {subject}: {file}</translation>
    </message>
    <message>
        <source>Reservekopie {subject} teruggezet; de vorige database staat in {before_replaced}</source>
        <translation>Backup {subject} restored; the previous database is in {before_replaced}</translation>
    </message>
    <message>
        <source>Boekhouding ({subject}) bewaard als {file}</source>
        <translation>Books ({subject}) saved as {file}</translation>
    </message>
    <message>
        <source>Boeking van {day} geannuleerd, annuleringskosten {fee_cents}</source>
        <translation>Booking of {day} cancelled, cancellation fee {fee_cents}</translation>
    </message>
    <message>
        <source>Buurthuis {subject} ingesteld</source>
        <translation>Centre {subject} set up</translation>
    </message>
    <message>
        <source>Gegevens van buurthuis {subject} gewijzigd</source>
        <translation>Details of centre {subject} changed</translation>
    </message>
    <message>
        <source>Opwaardering van {before_amount_cents} op koffiekaart {subject} teruggedraaid: {reason}</source>
        <translation>Load of {before_amount_cents} on coffee card {subject} reversed: {reason}</translation>
    </message>
    <message>
        <source>Dag {subject} afgesloten (afsluiting {number}), kasverschil {difference_cents}</source>
        <translation>Day {subject} closed (close {number}), cash difference {difference_cents}</translation>
    </message>
    <message>
        <source>Kas van {subject} opnieuw geteld; eerste telling {before_counted_cents}</source>
        <translation>Cash of {subject} counted again; first count {before_counted_cents}</translation>
    </message>
    <message>
        <source>Huurder {subject} {switched}</source>
        <translation>Hirer {subject} {switched}</translation>
    </message>
    <message>
        <source>Gegevens van huurder {subject} gewijzigd</source>
        <translation>Details of hirer {subject} changed</translation>
    </message>
    <message>
        <source>Creditnota {subject} gemaakt, {total_cents} ({hirer})</source>
        <translation>Credit note {subject} made, {total_cents} ({hirer})</translation>
    </message>
    <message>
        <source>Incasso van factuur {subject} teruggekomen ({amount_cents}): {reason}</source>
        <translation>Direct debit of invoice {subject} returned ({amount_cents}): {reason}</translation>
    </message>
    <message>
        <source>Incassobestand gemaakt ({subject}, {total_cents}), te innen op {collect_on}</source>
        <translation>Direct-debit file made ({subject}, {total_cents}), to be collected on {collect_on}</translation>
    </message>
    <message>
        <source>Factuur {subject} uitgegeven, {total_cents} ({hirer})</source>
        <translation>Invoice {subject} issued, {total_cents} ({hirer})</translation>
    </message>
    <message>
        <source>Betaling van {amount_cents} op factuur {subject} ({settlement}, {paid_on})</source>
        <translation>Payment of {amount_cents} on invoice {subject} ({settlement}, {paid_on})</translation>
    </message>
    <message>
        <source>Betaling op factuur {subject} teruggedraaid ({amount_cents}): {reason}</source>
        <translation>Payment on invoice {subject} reversed ({amount_cents}): {reason}</translation>
    </message>
    <message>
        <source>{amount_cents} van factuur {subject} afgeschreven: {reason}</source>
        <translation>{amount_cents} of invoice {subject} written off: {reason}</translation>
    </message>
    <message>
        <source>Product {subject} gewijzigd, prijs {price_cents}</source>
        <translation>Product {subject} changed, price {price_cents}</translation>
    </message>
    <message>
        <source>Product {subject} toegevoegd, prijs {price_cents}</source>
        <translation>Product {subject} added, price {price_cents}</translation>
    </message>
    <message>
        <source>Gegevens van zaal {subject} gewijzigd</source>
        <translation>Details of room {subject} changed</translation>
    </message>
    <message>
        <source>Zaal {subject} toegevoegd</source>
        <translation>Room {subject} added</translation>
    </message>
    <message>
        <source>Tarief van zaal {subject} vastgelegd: {part_of_day_cents} per dagdeel</source>
        <translation>Rate of room {subject} set: {part_of_day_cents} per part of the day</translation>
    </message>
    <message>
        <source>Bon {before_receipt} ({before_total_cents}) teruggedraaid met bon {receipt}: {reason}</source>
        <translation>Receipt {before_receipt} ({before_total_cents}) reversed by receipt {receipt}: {reason}</translation>
    </message>
    <message>
        <source>Instellingen voor synchronisatie en reservekopieën gewijzigd</source>
        <translation>Settings for sync and backups changed</translation>
    </message>
    <message>
        <source>Lege rekening {subject} gesloten</source>
        <translation>Empty tab {subject} closed</translation>
    </message>
    <message>
        <source>Bardienst gewijzigd</source>
        <translation>Bar duty changed</translation>
    </message>
    <message>
        <source>Uitbetaling uit de kas op {subject}: {amount_cents}, {reason}</source>
        <translation>Paid out from the till on {subject}: {amount_cents}, {reason}</translation>
    </message>
    <message>
        <source>Instellingen van de kassa gewijzigd</source>
        <translation>Till settings changed</translation>
    </message>
    <message>
        <source>Gegevens van bezoekerspas {subject} gewist</source>
        <translation>Data of visitor pass {subject} erased</translation>
    </message>
    <message>
        <source>Gegevens van bezoekerspas {subject} ingezien</source>
        <translation>Data of visitor pass {subject} viewed</translation>
    </message>
    <message>
        <source>Bewaartermijn van bezoekersgegevens gewijzigd van {before_value} in {value} maanden</source>
        <translation>Retention period of visitor data changed from {before_value} to {value} months</translation>
    </message>
    <message>
        <source>Gegevens van {passes} bezoekerspas(sen) gewist: bewaartermijn verstreken</source>
        <translation>Data of {passes} visitor pass(es) erased: retention period over</translation>
    </message>
    <message>
        <source>Vrijwilliger {subject} ingeschreven</source>
        <translation>Volunteer {subject} registered</translation>
    </message>
    <message>
        <source>Nieuwe badge voor {subject}</source>
        <translation>New badge for {subject}</translation>
    </message>
    <message>
        <source>Certificaat {kind} van {subject} vastgelegd, afgegeven op {issued_on}</source>
        <translation>Certificate {kind} of {subject} recorded, issued on {issued_on}</translation>
    </message>
    <message>
        <source>Gegevens van vrijwilliger {subject} gewijzigd</source>
        <translation>Details of volunteer {subject} changed</translation>
    </message>
    <message>
        <source>Maximum aantal besloten feesten per jaar gewijzigd van {before_value} in {value}</source>
        <translation>Maximum number of private parties a year changed from {before_value} to {value}</translation>
    </message>
    <message>
        <source>Wekelijkse dienst van {subject} gestopt vanaf {from}</source>
        <translation>Weekly shift of {subject} ended from {from}</translation>
    </message>
    <message>
        <source>Vrijwilligersvergoedingen vastgelegd ({subject}): {rows} regels, {total_cents}</source>
        <translation>Volunteer allowances recorded ({subject}): {rows} lines, {total_cents}</translation>
    </message>
    <message>
        <source>Grenzen van de vrijwilligersvergoeding voor {subject} gewijzigd</source>
        <translation>Volunteer allowance limits for {subject} changed</translation>
    </message>
    <message>
        <source>Vergoeding van {before_amount_cents} voor {before_month} teruggedraaid</source>
        <translation>Allowance of {before_amount_cents} for {before_month} reversed</translation>
    </message>
    <message>
        <source>Geboortedatum van {subject} vastgelegd</source>
        <translation>Date of birth of {subject} recorded</translation>
    </message>
    <message>
        <source>aangezet</source>
        <translation>switched on</translation>
    </message>
    <message>
        <source>uitgezet</source>
        <translation>switched off</translation>
    </message>
</context>
<context>
    <name>AvailabilityDialog</name>
    <message>
        <source>Beschikbaarheid van {name}</source>
        <translation>Availability of {name}</translation>
    </message>
</context>
<context>
    <name>BankEntries</name>
    <message>
        <source>Geboekt (betalingskenmerk)</source>
        <translation>Booked (payment reference)</translation>
    </message>
    <message>
        <source>Geboekt (factuurnummer)</source>
        <translation>Booked (invoice number)</translation>
    </message>
    <message>
        <source>Storno: factuur weer open</source>
        <translation>Returned: invoice open again</translation>
    </message>
    <message>
        <source>Al eerder geboekt</source>
        <translation>Booked before</translation>
    </message>
    <message>
        <source>Niet gevonden</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>Geboekt (bevestigd)</source>
        <translation>Booked (confirmed)</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Bedrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Tegenpartij</source>
        <translation>Counterparty</translation>
    </message>
    <message>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Factuur</source>
        <translation>Invoice</translation>
    </message>
</context>
<context>
    <name>BankImportDialog</name>
    <message>
        <source>Bankafschrift inlezen</source>
        <translation>Read bank statement</translation>
    </message>
    <message>
        <source>Bestand kiezen…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Suggestie</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Suggestie boeken</source>
        <translation>Book suggestion</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Bankafschrift kiezen</source>
        <translation>Choose bank statement</translation>
    </message>
    <message>
        <source>Bankafschrift (*.xml *.sta *.940 *.txt);;Alle bestanden (*)</source>
        <translation>Bank statement (*.xml *.sta *.940 *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Het afschrift wordt ingelezen…</source>
        <translation>Reading the statement…</translation>
    </message>
    <message>
        <source>{booked} geboekt, {left} niet gevonden.</source>
        <translation>{booked} booked, {left} not found.</translation>
    </message>
    <message>
        <source>{count} boeking(en) zonder bedrag overgeslagen.</source>
        <translation>{count} entry(ies) without an amount skipped.</translation>
    </message>
    <message>
        <source>Het afschrift kon niet worden ingelezen.</source>
        <translation>The statement could not be read.</translation>
    </message>
    <message>
        <source>Geboekt op {number}.</source>
        <translation>Booked on {number}.</translation>
    </message>
</context>
<context>
    <name>BarPage</name>
    <message>
        <source>Regel weg</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <source>Opnieuw afdrukken</source>
        <translation>Print again</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>Bar</translation>
    </message>
    <message>
        <source>Laatste bon</source>
        <translation>Last receipt</translation>
    </message>
    <message>
        <source>Betaald, bon {number}.</source>
        <translation>Paid, receipt {number}.</translation>
    </message>
    <message>
        <source>Op rekening {name}: {amount}</source>
        <translation>On tab {name}: {amount}</translation>
    </message>
</context>
<context>
    <name>BarToolbar</name>
    <message>
        <source>Bardienst</source>
        <translation>Bar duty</translation>
    </message>
    <message>
        <source>Bon terugdraaien</source>
        <translation>Reverse receipt</translation>
    </message>
    <message>
        <source>Meer …</source>
        <translation>More …</translation>
    </message>
    <message>
        <source>Open rekening</source>
        <translation>Open tab</translation>
    </message>
    <message>
        <source>Geen open rekening</source>
        <translation>No open tab</translation>
    </message>
    <message>
        <source>Geen rekening</source>
        <translation>No tab</translation>
    </message>
    <message>
        <source>Geen</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Rekening openen</source>
        <translation>Open tab</translation>
    </message>
    <message>
        <source>Op rekening</source>
        <translation>On tab</translation>
    </message>
    <message>
        <source>Rekening betalen</source>
        <translation>Pay tab</translation>
    </message>
    <message>
        <source>18+ gecontroleerd</source>
        <translation>18+ checked</translation>
    </message>
    <message>
        <source>Oefenmodus</source>
        <translation>Training mode</translation>
    </message>
    <message>
        <source>Koffiekaart verkopen</source>
        <translation>Sell coffee card</translation>
    </message>
    <message>
        <source>Koffiekaart opwaarderen</source>
        <translation>Top up coffee card</translation>
    </message>
    <message>
        <source>Opwaardering koffiekaart terugdraaien</source>
        <translation>Reverse a coffee card load</translation>
    </message>
    <message>
        <source>Strippenkaart verkopen</source>
        <translation>Sell multi-visit card</translation>
    </message>
    <message>
        <source>X-rapport</source>
        <translation>X report</translation>
    </message>
    <message>
        <source>Prijslijst</source>
        <translation>Price list</translation>
    </message>
    <message>
        <source>Nieuwe strippenkaart</source>
        <translation>New multi-visit card</translation>
    </message>
    <message>
        <source>Journaal exporteren</source>
        <translation>Export journal</translation>
    </message>
    <message>
        <source>Geld uit de kas</source>
        <translation>Cash out of the drawer</translation>
    </message>
    <message>
        <source>Kassa-instellingen</source>
        <translation>Till settings</translation>
    </message>
    <message>
        <source>{name} (geen IVA/SVH)</source>
        <translation>{name} (no IVA/SVH)</translation>
    </message>
    <message>
        <source>Bardienst: {names}</source>
        <translation>Bar duty: {names}</translation>
    </message>
    <message>
        <source>niemand</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>Open eerst een rekening.</source>
        <translation>Please open a tab first.</translation>
    </message>
    <message>
        <source>Kies eerst een open rekening.</source>
        <translation>Choose an open tab first.</translation>
    </message>
</context>
<context>
    <name>BlockersPanel</name>
    <message>
        <source>Eerst afhandelen</source>
        <translation>Settle first</translation>
    </message>
    <message>
        <source>Niets meer open: tel de kas.</source>
        <translation>Nothing left open: count the cash.</translation>
    </message>
    <message>
        <source>Meer…</source>
        <translation>More…</translation>
    </message>
    <message>
        <source>Nog aangemeld: {people}. Zij worden afgemeld op de eindtijd hieronder.</source>
        <translation>Still signed in: {people}. They will be signed out at the end time below.</translation>
    </message>
    <message>
        <source>Nog aangemeld: {count} vrijwilliger(s).</source>
        <translation>Still signed in: {count} volunteer(s).</translation>
    </message>
    <message>
        <source>{count} zaalboeking(en) zonder ingecheckte gasten.</source>
        <translation>{count} room booking(s) without checked-in guests.</translation>
    </message>
    <message>
        <source>Zaalboeking(en) zonder ingecheckte gasten: {bookings}.</source>
        <translation>Room booking(s) without checked-in guests: {bookings}.</translation>
    </message>
    <message>
        <source>{count} zaalboekingen zonder ingecheckte gasten: {bookings} en {more} meer (zie Zalen).</source>
        <translation>{count} room bookings without checked-in guests: {bookings} and {more} more (see Rooms).</translation>
    </message>
    <message>
        <source>Rekening sluiten</source>
        <translation>Close tab</translation>
    </message>
    <message>
        <source>Open rekening {name}: {amount}</source>
        <translation>Open tab {name}: {amount}</translation>
    </message>
    <message>
        <source>Afrekenen</source>
        <translation>Settle</translation>
    </message>
    <message>
        <source>Doorschuiven</source>
        <translation>Carry over</translation>
    </message>
    <message>
        <source>De rekening blijft open tot een volgende dag.</source>
        <translation>The tab stays open until a later day.</translation>
    </message>
</context>
<context>
    <name>BookingDetails</name>
    <message>
        <source>Boeking</source>
        <translation>Booking</translation>
    </message>
    <message>
        <source>Bevestigen</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Boeking annuleren</source>
        <translation>Cancel booking</translation>
    </message>
    <message>
        <source>Factuur maken</source>
        <translation>Make invoice</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{people} personen · {state} · zaalhuur {price}</source>
        <translation>{people} people · {state} · room hire {price}</translation>
    </message>
    <message>
        <source>Besloten feest met alcohol (telt mee voor het jaarmaximum)</source>
        <translation>Private party with alcohol (counts towards the yearly maximum)</translation>
    </message>
    <message>
        <source>Voor publiek van buiten: geen alcohol tijdens de boeking</source>
        <translation>For the public from outside: no alcohol during the booking</translation>
    </message>
    <message>
        <source>Annuleringskosten: {fee}</source>
        <translation>Cancellation fee: {fee}</translation>
    </message>
    <message>
        <source>De boeking is bevestigd.</source>
        <translation>The booking is confirmed.</translation>
    </message>
    <message>
        <source>Zeker weten? Klik nogmaals</source>
        <translation>Are you sure? Click again</translation>
    </message>
    <message>
        <source>Geannuleerd, met {fee} annuleringskosten.</source>
        <translation>Cancelled, with {fee} cancellation fee.</translation>
    </message>
    <message>
        <source>Geannuleerd, kosteloos.</source>
        <translation>Cancelled, free of charge.</translation>
    </message>
    <message>
        <source>Factuur {number} is gemaakt ({total}); u vindt hem bij Facturen.</source>
        <translation>Invoice {number} has been made ({total}); you will find it under Invoices.</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Zaal boeken</source>
        <translation>Book a room</translation>
    </message>
    <message>
        <source>eigen tijden</source>
        <translation>own times</translation>
    </message>
    <message>
        <source>Begintijd</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>Eindtijd</source>
        <translation>End time</translation>
    </message>
    <message>
        <source>Kies een huurder</source>
        <translation>Choose a hirer</translation>
    </message>
    <message>
        <source>Bevestigd (anders een optie)</source>
        <translation>Confirmed (otherwise provisional)</translation>
    </message>
    <message>
        <source>Besloten feest met alcohol</source>
        <translation>Private party with alcohol</translation>
    </message>
    <message>
        <source>Telt mee voor het maximum aantal feesten per jaar van de gemeente</source>
        <translation>Counts towards the municipality&apos;s maximum number of parties a year</translation>
    </message>
    <message>
        <source>Voor publiek van buiten (geen alcohol)</source>
        <translation>For the public from outside (no alcohol)</translation>
    </message>
    <message>
        <source>Boeken</source>
        <translation>Book</translation>
    </message>
    <message>
        <source>tot en met een datum</source>
        <translation>on a date</translation>
    </message>
    <message>
        <source>een aantal keer</source>
        <translation>a number of times</translation>
    </message>
    <message>
        <source> keer</source>
        <translation> times</translation>
    </message>
    <message>
        <source>Zaal</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Dagdeel</source>
        <translation>Part of the day</translation>
    </message>
    <message>
        <source>Van – tot</source>
        <translation>From – to</translation>
    </message>
    <message>
        <source>Nieuwe huurder…</source>
        <translation>New hirer…</translation>
    </message>
    <message>
        <source>Huurder</source>
        <translation>Hirer</translation>
    </message>
    <message>
        <source>Aantal personen</source>
        <translation>Number of people</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Herhalen</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>Eindigt na</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Tot en met</source>
        <translation>Up to and including</translation>
    </message>
    <message>
        <source>Aantal keer</source>
        <translation>Number of times</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kies eerst een huurder, of voeg een nieuwe huurder toe.</source>
        <translation>Choose a hirer first, or add a new hirer.</translation>
    </message>
    <message>
        <source>{booked} geboekt.</source>
        <translation>{booked} booked.</translation>
    </message>
    <message>
        <source>{booked} geboekt, {skipped} overgeslagen: {days}</source>
        <translation>{booked} booked, {skipped} skipped: {days}</translation>
    </message>
    <message>
        <source>Deze data overslaan en de rest boeken</source>
        <translation>Skip these dates and book the rest</translation>
    </message>
</context>
<context>
    <name>BookingStates</name>
    <message>
        <source>optie</source>
        <translation>provisional</translation>
    </message>
    <message>
        <source>bevestigd</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <source>geannuleerd</source>
        <translation>cancelled</translation>
    </message>
</context>
<context>
    <name>BooksExportDialog</name>
    <message>
        <source>Boekhouding exporteren</source>
        <translation>Export the books</translation>
    </message>
    <message>
        <source>Boekjaar</source>
        <translation>Financial year</translation>
    </message>
    <message>
        <source>XML Auditfile Financieel 3.2, voor het boekhoudpakket.</source>
        <translation>XML Auditfile Financieel 3.2, for the bookkeeping package.</translation>
    </message>
    <message>
        <source>Opslaan…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <source>Laat de sociaal beheerder eerst inloggen.</source>
        <translation>Let the social manager log in first.</translation>
    </message>
    <message>
        <source>Bezig met de auditfile…</source>
        <translation>Making the audit file…</translation>
    </message>
    <message>
        <source>Auditfile opslaan</source>
        <translation>Save the audit file</translation>
    </message>
    <message>
        <source>Opgeslagen in {file}.</source>
        <translation>Saved in {file}.</translation>
    </message>
</context>
<context>
    <name>CaFileChoice</name>
    <message>
        <source>nog niet gekozen; nodig voor een server buiten deze pc</source>
        <translation>not chosen yet; needed for a server outside this PC</translation>
    </message>
    <message>
        <source>Kiezen…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>CA-certificaat van de organisatie</source>
        <translation>The organisation&apos;s CA certificate</translation>
    </message>
    <message>
        <source>Certificaten (*.pem *.crt *.cer);;Alle bestanden (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
</context>
<context>
    <name>CardKindDialog</name>
    <message>
        <source>Nieuwe strippenkaart</source>
        <translation>New multi-visit card</translation>
    </message>
    <message>
        <source>bijvoorbeeld: Yoga 10 keer</source>
        <translation>for example: Yoga 10 times</translation>
    </message>
    <message>
        <source>bijv. Yoga 10 keer</source>
        <translation>e.g. Yoga 10 times</translation>
    </message>
    <message>
        <source>Yoga 10 keer</source>
        <translation>Yoga 10 times</translation>
    </message>
    <message>
        <source>25,00</source>
        <translation>25.00</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Strippen</source>
        <translation>Stamps</translation>
    </message>
    <message>
        <source>Prijs (euro)</source>
        <translation>Price (euro)</translation>
    </message>
    <message>
        <source>Btw</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Vul de prijs in als euro&apos;s, zoals 25,00.</source>
        <translation>Enter the price in euros, such as 25.00.</translation>
    </message>
</context>
<context>
    <name>CardLoadReversalDialog</name>
    <message>
        <source>Opwaardering koffiekaart terugdraaien</source>
        <translation>Reverse a coffee card load</translation>
    </message>
    <message>
        <source>Koffiekaart scannen</source>
        <translation>Scan coffee card</translation>
    </message>
    <message>
        <source>Koffiekaart</source>
        <translation>Coffee card</translation>
    </message>
    <message>
        <source>Opzoeken</source>
        <translation>Look up</translation>
    </message>
    <message>
        <source>Terugdraaien</source>
        <translation>Reverse</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Pincode beheerder</source>
        <translation>Manager&apos;s PIN</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Laatste opwaardering: {amount}, {method}, {moment}.</source>
        <translation>Last load: {amount}, {method}, {moment}.</translation>
    </message>
    <message>
        <source>Zoek eerst de koffiekaart op.</source>
        <translation>Look up the coffee card first.</translation>
    </message>
</context>
<context>
    <name>CardSaleDialog</name>
    <message>
        <source>Strippenkaart verkopen</source>
        <translation>Sell multi-visit card</translation>
    </message>
    <message>
        <source>{name}: {stamps} strippen, {price}</source>
        <translation>{name}: {stamps} stamps, {price}</translation>
    </message>
    <message>
        <source>Kaart</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Contant betaald</source>
        <translation>Paid in cash</translation>
    </message>
    <message>
        <source>Gepind</source>
        <translation>Paid by card</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Er staat nog geen strippenkaart op de prijslijst.</source>
        <translation>There is no multi-visit card on the price list yet.</translation>
    </message>
    <message>
        <source>Strippenkaart {code} verkocht, bon {number}.</source>
        <translation>Multi-visit card {code} sold, receipt {number}.</translation>
    </message>
    <message>
        <source>Kaart opslaan om te printen</source>
        <translation>Save card to print</translation>
    </message>
</context>
<context>
    <name>CardStamper</name>
    <message>
        <source>Strippenkaart</source>
        <translation>Multi-visit card</translation>
    </message>
    <message>
        <source>Nog iemand met deze kaart?</source>
        <translation>Someone else on this card?</translation>
    </message>
    <message>
        <source>Deze kaart is al gestempeld voor deze bijeenkomst. Met Ja gaat er nog een strip af, voor wie samen met deze kaart komt.</source>
        <translation>This card has already been stamped for this session. Yes takes off one more stamp, for someone who comes in on the same card.</translation>
    </message>
    <message>
        <source>Ja, nog een strip</source>
        <translation>Yes, one more stamp</translation>
    </message>
</context>
<context>
    <name>CentreDetailDialog</name>
    <message>
        <source>Dagen van {name}</source>
        <translation>Days of {name}</translation>
    </message>
    <message>
        <source>{count} Z-rapport(en): contant {cash}, pin {card}, uitbetaald {paid}, kasverschil {difference}.</source>
        <translation>{count} Z-report(s): cash {cash}, card {card}, paid out {paid}, cash difference {difference}.</translation>
    </message>
</context>
<context>
    <name>CentreDialog</name>
    <message>
        <source>Buurthuisgegevens</source>
        <translation>Centre details</translation>
    </message>
    <message>
        <source>Buurthuis</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>Nummers</source>
        <translation>Numbers</translation>
    </message>
    <message>
        <source>Openingstijden</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Dagdelen</source>
        <translation>Parts of the day</translation>
    </message>
    <message>
        <source>De gegevens zijn opgeslagen.</source>
        <translation>The details have been saved.</translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <source>BHV</source>
        <translation>BHV</translation>
    </message>
    <message>
        <source>IVA</source>
        <translation>IVA</translation>
    </message>
    <message>
        <source>SVH</source>
        <translation>SVH</translation>
    </message>
    <message>
        <source>VOG</source>
        <translation>VOG</translation>
    </message>
    <message>
        <source>EHBO</source>
        <translation>First aid</translation>
    </message>
</context>
<context>
    <name>CheckInPanel</name>
    <message>
        <source>Scan een pas, of typ de code en druk op Enter</source>
        <translation>Scan a pass, or type the code and press Enter</translation>
    </message>
    <message>
        <source>Scan een pas</source>
        <translation>Scan a pass</translation>
    </message>
    <message>
        <source>Bij welke activiteit van vandaag?</source>
        <translation>Which of today&apos;s activities?</translation>
    </message>
    <message>
        <source>Gast van welke zaalhuur van vandaag?</source>
        <translation>Guest of which of today&apos;s room hires?</translation>
    </message>
    <message>
        <source>Eerste bezoek</source>
        <translation>First visit</translation>
    </message>
    <message>
        <source>Bezoeker binnen  +1</source>
        <translation>Visitor in  +1</translation>
    </message>
    <message>
        <source>Tel één bezoeker (F9)</source>
        <translation>Count one visitor (F9)</translation>
    </message>
    <message>
        <source>Aantal personen in de groep</source>
        <translation>Number of people in the group</translation>
    </message>
    <message>
        <source>Groep tellen</source>
        <translation>Count a group</translation>
    </message>
    <message>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>De laatste telling terugdraaien (binnen een minuut)</source>
        <translation>Take back the last count (within a minute)</translation>
    </message>
    <message>
        <source>Vertrokken (zonder pas)</source>
        <translation>Left (no pass)</translation>
    </message>
    <message>
        <source>Waarvoor komt de bezoeker?</source>
        <translation>What does the visitor come for?</translation>
    </message>
    <message>
        <source>Eventueel: leeftijd en eerste bezoek</source>
        <translation>Optional: age and first visit</translation>
    </message>
    <message>
        <source>Groep van</source>
        <translation>Group of</translation>
    </message>
    <message>
        <source>Zaalhuur (niet gekozen)</source>
        <translation>Room hire (not chosen)</translation>
    </message>
    <message>
        <source>Activiteit (niet gekozen)</source>
        <translation>Activity (not chosen)</translation>
    </message>
</context>
<context>
    <name>CoffeeCardDialog</name>
    <message>
        <source>Koffiekaart verkopen</source>
        <translation>Sell coffee card</translation>
    </message>
    <message>
        <source>Waarde</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Contant betaald</source>
        <translation>Paid in cash</translation>
    </message>
    <message>
        <source>Gepind</source>
        <translation>Paid by card</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Kaart {code} verkocht.</source>
        <translation>Card {code} sold.</translation>
    </message>
    <message>
        <source>Kaart opslaan om te printen</source>
        <translation>Save card to print</translation>
    </message>
</context>
<context>
    <name>CoffeeCardTopUpDialog</name>
    <message>
        <source>Koffiekaart opwaarderen</source>
        <translation>Top up coffee card</translation>
    </message>
    <message>
        <source>Koffiekaart scannen</source>
        <translation>Scan coffee card</translation>
    </message>
    <message>
        <source>Koffiekaart</source>
        <translation>Coffee card</translation>
    </message>
    <message>
        <source>Opzoeken</source>
        <translation>Look up</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Bedrag erbij</source>
        <translation>Amount to add</translation>
    </message>
    <message>
        <source>Tegoed: {amount}</source>
        <translation>Balance: {amount}</translation>
    </message>
    <message>
        <source>Scan eerst de koffiekaart, of typ de code en tik op Opzoeken.</source>
        <translation>Scan the coffee card first, or type its code and tap Look up.</translation>
    </message>
    <message>
        <source>Tik eerst op het bedrag dat erbij komt.</source>
        <translation>Tap the amount to add first.</translation>
    </message>
    <message>
        <source>{value} erbij gezet. Nieuw tegoed: {amount}.</source>
        <translation>{value} added. New balance: {amount}.</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Dag</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Doelgroep</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>Aanwezig</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Plek</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Gekomen</source>
        <translation>Came</translation>
    </message>
    <message>
        <source>Tarief</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Contactpersoon</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Actief</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Groep</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Prijs</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Btw</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Vanaf</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Voor</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Ingang</source>
        <translation>Takes effect</translation>
    </message>
    <message>
        <source>Regels</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Binnengehaald door</source>
        <translation>Taken in by</translation>
    </message>
    <message>
        <source>Nog niet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Buurthuis</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>Tariefklasse</source>
        <translation>Tariff class</translation>
    </message>
    <message>
        <source>Per dagdeel</source>
        <translation>Per part of day</translation>
    </message>
    <message>
        <source>Per uur</source>
        <translation>Per hour</translation>
    </message>
    <message>
        <source>Sinds</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Signaal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Signalen</source>
        <translation>Signals</translation>
    </message>
    <message>
        <source>Laatste synchronisatie</source>
        <translation>Last sync</translation>
    </message>
    <message>
        <source>Certificaten</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Uren</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Overlap</translation>
    </message>
    <message>
        <source>Zaal</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Boeking 1</source>
        <translation>Booking 1</translation>
    </message>
    <message>
        <source>Boeking 2</source>
        <translation>Booking 2</translation>
    </message>
    <message>
        <source>Wat te doen</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>Capaciteit</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>In gebruik</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Voorzieningen</source>
        <translation>Facilities</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Einde</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Afloop</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Verzonden</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Geweigerd</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Ontvangen</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Tabel</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Ontvangen op</source>
        <translation>Received at</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Aantal</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Bedrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Huurder</source>
        <translation>Hirer</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Gecrediteerd</source>
        <translation>Credited</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nog open</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <source>Dagen te laat</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <source>Herinnerd</source>
        <translation>Reminded</translation>
    </message>
    <message>
        <source>Bezoeken</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Baromzet</source>
        <translation>Bar turnover</translation>
    </message>
    <message>
        <source>Z-nr</source>
        <translation>Z no.</translation>
    </message>
    <message>
        <source>Contant</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Uitbetaald</source>
        <translation>Paid out</translation>
    </message>
    <message>
        <source>Kasverschil</source>
        <translation>Cash difference</translation>
    </message>
    <message>
        <source>Afgesloten door</source>
        <translation>Closed by</translation>
    </message>
    <message>
        <source>Cijfer</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Dit jaar</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Jaar ervoor</source>
        <translation>Year before</translation>
    </message>
    <message>
        <source>Verschil</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>niet gekomen</source>
        <translation>did not come</translation>
    </message>
    <message>
        <source>geholpen zonder dienst</source>
        <translation>helped without a shift</translation>
    </message>
    <message>
        <source>geruild met {name}, akkoord: {agreed}</source>
        <translation>swapped with {name}, agreed: {agreed}</translation>
    </message>
    <message>
        <source>Dagdeel</source>
        <translation>Part of day</translation>
    </message>
    <message>
        <source>Wat ontbreekt</source>
        <translation>What is missing</translation>
    </message>
    <message>
        <source>Taak</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Ruil</source>
        <translation>Swap</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Voorkeur</source>
        <translation>Prefers</translation>
    </message>
    <message>
        <source>Beschikbaar</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Grens</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Onbelast tot</source>
        <translation>Tax-free up to</translation>
    </message>
    <message>
        <source>teruggedraaid</source>
        <translation>reversed</translation>
    </message>
    <message>
        <source>Maand</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>optie</source>
        <translation>provisional</translation>
    </message>
    <message>
        <source>bevestigd</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <source>geannuleerd</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>hier geannuleerd</source>
        <translation>cancelled here</translation>
    </message>
    <message>
        <source>niet op deze pc</source>
        <translation>not on this PC</translation>
    </message>
    <message>
        <source>op deze pc</source>
        <translation>on this PC</translation>
    </message>
    <message>
        <source>Eén is hier geannuleerd; de volgende synchronisatie haalt de melding weg.</source>
        <translation>One was cancelled here; the next sync clears the warning.</translation>
    </message>
    <message>
        <source>Overleg met {other}; annuleer daarna op de pagina Zalen de boeking van {mine}, of laat die van {other} annuleren waar die gemaakt is.</source>
        <translation>Talk to {other}; then cancel the booking of {mine} on the Rooms page, or have the one of {other} cancelled where it was made.</translation>
    </message>
    <message>
        <source>Geen van beide staat op deze pc; vraag de balie die ze maakte er één te annuleren.</source>
        <translation>Neither is on this PC; ask the desk that made them to cancel one.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Dubbele boekingen</source>
        <translation>Double bookings</translation>
    </message>
    <message>
        <source>In de centrale database staan boekingen van dezelfde zaal die elkaar overlappen. Dat kan na het terugzetten van een reservekopie, of als twee balies tegelijk boeken. Niets wordt vanzelf opgelost: annuleer één van de twee. Het annuleren gaat mee met de volgende synchronisatie, en dan verdwijnt de melding.</source>
        <translation>The central database holds bookings of the same room that overlap. That can happen after a backup was restored, or when two desks book at the same time. Nothing is resolved by itself: cancel one of the two. The cancellation goes along with the next sync, and then the warning disappears.</translation>
    </message>
    <message>
        <source>nog nooit</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Laatst gecontroleerd: {when}</source>
        <translation>Last checked: {when}</translation>
    </message>
</context>
<context>
    <name>CountPanel</name>
    <message>
        <source>1. Kas tellen (per munt en biljet)</source>
        <translation>1. Count the cash (per coin and note)</translation>
    </message>
    <message>
        <source>Telling klaar</source>
        <translation>Count done</translation>
    </message>
    <message>
        <source>Opnieuw tellen</source>
        <translation>Count again</translation>
    </message>
    <message>
        <source>aantal</source>
        <translation>number</translation>
    </message>
    <message>
        <source>Aantal biljetten van {amount}</source>
        <translation>Number of notes of {amount}</translation>
    </message>
    <message>
        <source>Aantal munten van {amount}</source>
        <translation>Number of coins of {amount}</translation>
    </message>
    <message>
        <source>Totaal: controleer de aantallen</source>
        <translation>Total: check the counts</translation>
    </message>
    <message>
        <source>Totaal geteld: {amount}</source>
        <translation>Total counted: {amount}</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Er ging iets mis. U kunt gewoon verder werken; de details staan in het logbestand. Blijft het gebeuren, meld het dan aan de sociaal beheerder.</source>
        <translation>Something went wrong. You can simply carry on; the details are in the log file. If it keeps happening, please tell the social manager.</translation>
    </message>
    <message>
        <source>Er ging iets mis</source>
        <translation>Something went wrong</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Typ bijvoorbeeld 28-02-2026, 1-3 of 1 maart</source>
        <translation>Type for example 28-02-2026, 1-3 or 1 March</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kies een datum in de kalender</source>
        <translation>Choose a date in the calendar</translation>
    </message>
    <message>
        <source>De datum &apos;{text}&apos; kan ik niet lezen. Typ bijvoorbeeld 28-02-2026, 1-3 of 1 maart, of kies de datum in de kalender.</source>
        <translation>The date &apos;{text}&apos; cannot be read. Type for example 28-02-2026, 1-3 or 1 March, or choose the date in the calendar.</translation>
    </message>
</context>
<context>
    <name>DayClosePage</name>
    <message>
        <source>Laatste Z-rapport opnieuw</source>
        <translation>Last Z-report again</translation>
    </message>
    <message>
        <source>Z-bon opnieuw afdrukken</source>
        <translation>Print the Z slip again</translation>
    </message>
    <message>
        <source>Dagafsluiting</source>
        <translation>Day close</translation>
    </message>
    <message>
        <source>Dag: {day}</source>
        <translation>Day: {day}</translation>
    </message>
    <message>
        <source>Dag {day} is afgesloten (Z-rapport nr. {number}).</source>
        <translation>Day {day} is closed (Z-report no. {number}).</translation>
    </message>
    <message>
        <source>Dag: {day}, nog niet afgesloten</source>
        <translation>Day: {day}, not closed yet</translation>
    </message>
    <message>
        <source>Rekening {name} is doorgeschoven naar een volgende dag.</source>
        <translation>Tab {name} has been carried over to a later day.</translation>
    </message>
    <message>
        <source>Tel de kas opnieuw; het verwachte bedrag komt na Telling klaar.</source>
        <translation>Count the cash again; the expected amount appears after Count done.</translation>
    </message>
    <message>
        <source>Tel eerst de kas en druk op Telling klaar.</source>
        <translation>Count the cash first and press Count done.</translation>
    </message>
    <message>
        <source>Vul het wisselgeld en het pintotaal in als bedrag, zoals 100,00.</source>
        <translation>Enter the float and the card total as amounts, such as 100.00.</translation>
    </message>
    <message>
        <source>De dag is afgesloten: Z-rapport nr. {number}.</source>
        <translation>The day is closed: Z-report no. {number}.</translation>
    </message>
    <message>
        <source>Er is nog geen dag afgesloten.</source>
        <translation>No day has been closed yet.</translation>
    </message>
</context>
<context>
    <name>DayParts</name>
    <message>
        <source>ochtend</source>
        <translation>morning</translation>
    </message>
    <message>
        <source>middag</source>
        <translation>afternoon</translation>
    </message>
    <message>
        <source>avond</source>
        <translation>evening</translation>
    </message>
</context>
<context>
    <name>DayPartsEditor</name>
    <message>
        <source>van</source>
        <translation>from</translation>
    </message>
    <message>
        <source>tot</source>
        <translation>until</translation>
    </message>
</context>
<context>
    <name>DaySummary</name>
    <message>
        <source>De dag in cijfers</source>
        <translation>The day in figures</translation>
    </message>
    <message>
        <source>Bezoeken (unieke bezoekers)</source>
        <translation>Visits (unique visitors)</translation>
    </message>
    <message>
        <source>Activiteiten gehouden</source>
        <translation>Activities held</translation>
    </message>
    <message>
        <source>Zaalboekingen</source>
        <translation>Room bookings</translation>
    </message>
    <message>
        <source>Baromzet</source>
        <translation>Bar turnover</translation>
    </message>
    <message>
        <source>Pinbetalingen</source>
        <translation>Card payments</translation>
    </message>
    <message>
        <source>Herstelbonnen</source>
        <translation>Reversals</translation>
    </message>
    <message>
        <source>Uitbetaald uit de kas</source>
        <translation>Paid out of the drawer</translation>
    </message>
    <message>
        <source>Vrijwilligersuren</source>
        <translation>Volunteer hours</translation>
    </message>
    <message>
        <source>Open rekeningen</source>
        <translation>Open tabs</translation>
    </message>
    <message>
        <source>Nog aangemeld</source>
        <translation>Still signed in</translation>
    </message>
    <message>
        <source>{held} gehouden ({unseen} zonder ingecheckte gasten), {cancelled} geannuleerd</source>
        <translation>{held} held ({unseen} without guests checked in), {cancelled} cancelled</translation>
    </message>
    <message>
        <source> (doorgezet)</source>
        <translation> (carried over)</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>niemand</source>
        <translation>nobody</translation>
    </message>
</context>
<context>
    <name>DeskApp</name>
    <message>
        <source>De balie kan niet starten</source>
        <translation>The desk cannot start</translation>
    </message>
    <message>
        <source>Vraag de sociaal beheerder om hulp. De gegevensmap is: {folder}</source>
        <translation>Please ask the social manager for help. The data folder is: {folder}</translation>
    </message>
    <message>
        <source>De balie is al in gebruik</source>
        <translation>The desk is already in use</translation>
    </message>
    <message>
        <source>Balie</source>
        <translation>Desk</translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <source>In de centrale database staan dubbele boekingen van een zaal. Klik voor de lijst en wat te doen.</source>
        <translation>The central database holds double bookings of a room. Click for the list and what to do.</translation>
    </message>
    <message>
        <source>nog nooit</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Niemand aan de balie</source>
        <translation>Nobody at the desk</translation>
    </message>
    <message>
        <source>Balie: niemand</source>
        <translation>Desk: nobody</translation>
    </message>
    <message>
        <source>Aan de balie: {name} ({role})</source>
        <translation>At the desk: {name} ({role})</translation>
    </message>
    <message>
        <source>Balie: {name}</source>
        <translation>Desk: {name}</translation>
    </message>
    <message>
        <source>Let op ({count}): {first}</source>
        <translation>Attention ({count}): {first}</translation>
    </message>
    <message>
        <source>Laatste synchronisatie: {when}</source>
        <translation>Last synchronisation: {when}</translation>
    </message>
    <message>
        <source>Sync: {when}</source>
        <translation>Sync: {when}</translation>
    </message>
    <message>
        <source>1 dubbele boeking</source>
        <translation>1 double booking</translation>
    </message>
    <message>
        <source>{count} dubbele boekingen</source>
        <translation>{count} double bookings</translation>
    </message>
    <message>
        <source>Geen reservekopie vandaag</source>
        <translation>No backup today</translation>
    </message>
    <message>
        <source>Geen back-up</source>
        <translation>No backup</translation>
    </message>
</context>
<context>
    <name>DirectDebitDialog</name>
    <message>
        <source>Incasso maken</source>
        <translation>Make direct debit</translation>
    </message>
    <message>
        <source>Op de eerst mogelijke werkdag</source>
        <translation>On the first possible business day</translation>
    </message>
    <message>
        <source>Incassobestand maken</source>
        <translation>Make direct-debit file</translation>
    </message>
    <message>
        <source>Bladeren…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Facturen van de maand</source>
        <translation>Invoices of the month</translation>
    </message>
    <message>
        <source>Incassodatum</source>
        <translation>Collection date</translation>
    </message>
    <message>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Incassobestand opslaan</source>
        <translation>Save direct-debit file</translation>
    </message>
    <message>
        <source>Het bestand kon niet worden gemaakt of bewaard: {error}</source>
        <translation>The file could not be made or saved: {error}</translation>
    </message>
</context>
<context>
    <name>DisplayDialog</name>
    <message>
        <source>Weergave</source>
        <translation>Display</translation>
    </message>
    <message>
        <source>{size} punten</source>
        <translation>{size} points</translation>
    </message>
    <message>
        <source>Een andere taal ziet u meteen na het opslaan.</source>
        <translation>Another language shows as soon as it is saved.</translation>
    </message>
    <message>
        <source>Tekstgrootte</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>DocumentMaker</name>
    <message>
        <source>Het document kon niet worden gemaakt; zie het logbestand.</source>
        <translation>The document could not be made; see the log file.</translation>
    </message>
</context>
<context>
    <name>DutyBoardPanel</name>
    <message>
        <source>Nu aanwezig: {count} vrijwilliger(s)</source>
        <translation>Present now: {count} volunteer(s)</translation>
    </message>
    <message>
        <source>Alles in orde: geen waarschuwingen.</source>
        <translation>All in order: no warnings.</translation>
    </message>
</context>
<context>
    <name>DutyDialog</name>
    <message>
        <source>Bardienst</source>
        <translation>Bar duty</translation>
    </message>
    <message>
        <source>{name} (geen IVA/SVH)</source>
        <translation>{name} (no IVA/SVH)</translation>
    </message>
</context>
<context>
    <name>EarlyCloseDialog</name>
    <message>
        <source>Nu al afsluiten?</source>
        <translation>Close already?</translation>
    </message>
    <message>
        <source>Het buurthuis is open tot {time}. Nu al afsluiten? Daarna kan vandaag niets meer worden afgerekend of ingecheckt.</source>
        <translation>The centre is open until {time}. Close now? After that nothing more can be paid or checked in today.</translation>
    </message>
    <message>
        <source>Ja, nu afsluiten</source>
        <translation>Yes, close now</translation>
    </message>
    <message>
        <source>Nee, nog niet</source>
        <translation>No, not yet</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Het bestand {file} bestaat niet.</source>
        <translation>The file {file} does not exist.</translation>
    </message>
    <message>
        <source>De gegevensmap {folder} kan niet worden aangemaakt.</source>
        <translation>The data folder {folder} cannot be created.</translation>
    </message>
    <message>
        <source>De database {file} is in gebruik door een ander programma. Sluit dat programma en probeer het opnieuw.</source>
        <translation>The database {file} is in use by another program. Close that program and try again.</translation>
    </message>
    <message>
        <source>Het databasebestand {file} is beschadigd. Zet een reservekopie terug met &apos;desk-app restore&apos; of vraag hulp aan de sociaal beheerder.</source>
        <translation>The database file {file} is damaged. Restore a backup with &apos;desk-app restore&apos; or ask the social manager for help.</translation>
    </message>
    <message>
        <source>De database {file} kan niet worden geopend of beschreven. Controleer of de map schrijfbaar is.</source>
        <translation>The database {file} cannot be opened or written. Check that the folder is writable.</translation>
    </message>
    <message>
        <source>Een pincode bestaat uit 4 tot 6 cijfers.</source>
        <translation>A PIN consists of 4 to 6 digits.</translation>
    </message>
    <message>
        <source>De pincode van een sociaal beheerder heeft minstens {digits} cijfers.</source>
        <translation>A social manager&apos;s PIN has at least {digits} digits.</translation>
    </message>
    <message>
        <source>Deze persoon kan niet inloggen aan de balie.</source>
        <translation>This person cannot log in at the desk.</translation>
    </message>
    <message>
        <source>Uw pincode geldt niet meer: er is een reservekopie teruggezet. Vraag een sociaal beheerder om een nieuwe pincode.</source>
        <translation>Your PIN no longer holds: a backup has been restored. Ask a social manager for a new PIN.</translation>
    </message>
    <message>
        <source>Onjuiste pincode. Nog {left} poging(en).</source>
        <translation>Wrong PIN. {left} attempt(s) left.</translation>
    </message>
    <message>
        <source>Te vaak een onjuiste pincode. Probeer het na {time} opnieuw.</source>
        <translation>Too many wrong PINs. Try again after {time}.</translation>
    </message>
    <message>
        <source>Kies eerst een nieuwe pincode van minstens {digits} cijfers.</source>
        <translation>First choose a new PIN of at least {digits} digits.</translation>
    </message>
    <message>
        <source>Log eerst in met uw pincode.</source>
        <translation>Log in with your PIN first.</translation>
    </message>
    <message>
        <source>Alleen een {role} mag dit doen.</source>
        <translation>Only a {role} may do this.</translation>
    </message>
    <message>
        <source>De naam van de login wordt te lang: {name}</source>
        <translation>The login&apos;s name gets too long: {name}</translation>
    </message>
    <message>
        <source>De code is 2 tot 8 hoofdletters of cijfers, bijvoorbeeld ALM.</source>
        <translation>The code is 2 to 8 capital letters or digits, for example ALM.</translation>
    </message>
    <message>
        <source>Geef de naam van de gemeente (hoogstens 120 tekens).</source>
        <translation>Give the name of the municipality (at most 120 characters).</translation>
    </message>
    <message>
        <source>Geef de login van het kantoor een naam.</source>
        <translation>Give the office&apos;s login a name.</translation>
    </message>
    <message>
        <source>De centrale database is niet bijgewerkt: voer eerst central init uit.</source>
        <translation>The central database has not been upgraded: run central init first.</translation>
    </message>
    <message>
        <source>Deze login mag geen logins maken. Gebruik de eigenaar van de centrale database (met CREATEROLE).</source>
        <translation>This login may not make logins. Use the owner of the central database (with CREATEROLE).</translation>
    </message>
    <message>
        <source>De postcode klopt niet, bijvoorbeeld 1181 AB.</source>
        <translation>The postcode is not right, for example 1181 AB.</translation>
    </message>
    <message>
        <source>Het btw-nummer klopt niet.</source>
        <translation>The VAT number is not right.</translation>
    </message>
    <message>
        <source>Het KvK-nummer klopt niet (8 cijfers).</source>
        <translation>The Chamber of Commerce (KvK) number is not right (8 digits).</translation>
    </message>
    <message>
        <source>Het IBAN klopt niet.</source>
        <translation>The IBAN is not right.</translation>
    </message>
    <message>
        <source>Het incassant-ID klopt niet. Het is NL, twee controlecijfers, ZZZ en het KvK-nummer, bijvoorbeeld NL53ZZZ091734220000.</source>
        <translation>The creditor identifier is not right. It is NL, two check digits, ZZZ and the chamber of commerce number, for example NL53ZZZ091734220000.</translation>
    </message>
    <message>
        <source>Een openingstijd moet voor de sluitingstijd liggen.</source>
        <translation>An opening time must be before the closing time.</translation>
    </message>
    <message>
        <source>Geef tijden voor ochtend, middag en avond.</source>
        <translation>Give times for morning, afternoon and evening.</translation>
    </message>
    <message>
        <source>De dagdelen moeten op volgorde liggen en mogen niet overlappen.</source>
        <translation>The parts of the day must be in order and must not overlap.</translation>
    </message>
    <message>
        <source>Dit buurthuis is al ingesteld.</source>
        <translation>This centre has already been set up.</translation>
    </message>
    <message>
        <source>De code van het buurthuis kan niet worden gewijzigd.</source>
        <translation>The centre&apos;s code cannot be changed.</translation>
    </message>
    <message>
        <source>Een groep telt 1 tot {max} bezoekers.</source>
        <translation>A group counts 1 to {max} visitors.</translation>
    </message>
    <message>
        <source>Deze pas is niet bekend bij dit buurthuis.</source>
        <translation>This pass is not known at this centre.</translation>
    </message>
    <message>
        <source>Deze pas is al aangemeld voor deze bijeenkomst.</source>
        <translation>This pass is already signed up for this session.</translation>
    </message>
    <message>
        <source>Deze aanmelding is al afgemeld.</source>
        <translation>This sign-up has already been cancelled.</translation>
    </message>
    <message>
        <source>Er hebben al {count} mensen een plaats; meld eerst iemand af.</source>
        <translation>{count} people already have a place; cancel someone first.</translation>
    </message>
    <message>
        <source>Deze bijeenkomst is al geweest.</source>
        <translation>This session is already over.</translation>
    </message>
    <message>
        <source>Deze bijeenkomst is niet vandaag. Kies de bijeenkomst van vandaag en scan de pas opnieuw.</source>
        <translation>This session is not today. Choose today&apos;s session and scan the pass again.</translation>
    </message>
    <message>
        <source>Scan een pas of typ de code.</source>
        <translation>Scan a pass or type the code.</translation>
    </message>
    <message>
        <source>Deze code is niet compleet of niet goed gelezen. Scan de pas opnieuw.</source>
        <translation>This code is incomplete or was not read properly. Scan the pass again.</translation>
    </message>
    <message>
        <source>Dit is een vrijwilligersbadge, geen bezoekerspas.</source>
        <translation>This is a volunteer badge, not a visitor pass.</translation>
    </message>
    <message>
        <source>Dit is een koffiekaart: scan hem bij de bar.</source>
        <translation>This is a coffee card: scan it at the bar.</translation>
    </message>
    <message>
        <source>Dit is een strippenkaart: scan hem bij de activiteit, op de pagina Activiteiten.</source>
        <translation>This is a multi-visit card: scan it at the activity, on the Activities page.</translation>
    </message>
    <message>
        <source>Deze telling is al teruggedraaid.</source>
        <translation>This count has already been undone.</translation>
    </message>
    <message>
        <source>Terugdraaien kan alleen binnen een minuut.</source>
        <translation>Undoing is only possible within a minute.</translation>
    </message>
    <message>
        <source>Er zijn niet zoveel bezoekers zonder pas binnen.</source>
        <translation>There are not that many visitors without a pass inside.</translation>
    </message>
    <message>
        <source>Maak 1 tot {max} passen tegelijk.</source>
        <translation>Make 1 to {max} passes at a time.</translation>
    </message>
    <message>
        <source>Een naam of telefoonnummer mag alleen met toestemming van de bezoeker.</source>
        <translation>A name or phone number only with the visitor&apos;s consent.</translation>
    </message>
    <message>
        <source>Dit telefoonnummer klopt niet.</source>
        <translation>This phone number is not right.</translation>
    </message>
    <message>
        <source>Kies een bewaartermijn van 1 tot 120 maanden.</source>
        <translation>Choose a retention period of 1 to 120 months.</translation>
    </message>
    <message>
        <source>Vul een naam in.</source>
        <translation>Please fill in a name.</translation>
    </message>
    <message>
        <source>Een naam mag hoogstens {max} leesbare tekens hebben.</source>
        <translation>A name may have at most {max} readable characters.</translation>
    </message>
    <message>
        <source>U kunt uw eigen account niet uitschakelen.</source>
        <translation>You cannot switch off your own account.</translation>
    </message>
    <message>
        <source>Dan kan geen enkele sociaal beheerder meer inloggen. Geef eerst iemand anders de rol sociaal beheerder.</source>
        <translation>Then no social manager could log in any more. First give someone else the role of social manager.</translation>
    </message>
    <message>
        <source>Deze persoon bestaat niet (meer).</source>
        <translation>This person does not exist (any more).</translation>
    </message>
    <message>
        <source>Deze weergave-instelling bestaat niet.</source>
        <translation>This display setting does not exist.</translation>
    </message>
    <message>
        <source>Het buurthuis is nog niet ingesteld.</source>
        <translation>The centre has not been set up yet.</translation>
    </message>
    <message>
        <source>Deze doelgroep bestaat niet (meer). Kies een andere.</source>
        <translation>This target group does not exist (any more). Choose another.</translation>
    </message>
    <message>
        <source>De eindtijd moet na de begintijd liggen.</source>
        <translation>The end time must be after the start time.</translation>
    </message>
    <message>
        <source>De einddatum ligt voor de begindatum.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <source>Plan hoogstens {max} bijeenkomsten tegelijk.</source>
        <translation>Plan at most {max} sessions at once.</translation>
    </message>
    <message>
        <source>Een bijeenkomst heeft 1 tot {max} plaatsen.</source>
        <translation>A session has 1 to {max} places.</translation>
    </message>
    <message>
        <source>Tel 1 tot {max} deelnemers.</source>
        <translation>Count 1 to {max} participants.</translation>
    </message>
    <message>
        <source>Tel 0 tot {max} deelnemers.</source>
        <translation>Count 0 to {max} participants.</translation>
    </message>
    <message>
        <source>De telling staat al op {count}.</source>
        <translation>The count is already {count}.</translation>
    </message>
    <message>
        <source>Deze bijeenkomst is al afgelast.</source>
        <translation>This session has already been cancelled.</translation>
    </message>
    <message>
        <source>Een strippenkaart heeft 1 tot {max} strippen.</source>
        <translation>A multi-visit card has 1 to {max} stamps.</translation>
    </message>
    <message>
        <source>Kies eerst een strippenkaart.</source>
        <translation>Choose a multi-visit card first.</translation>
    </message>
    <message>
        <source>In de oefenmodus worden geen strippenkaarten verkocht. Zet de oefenmodus uit om een echte kaart te verkopen.</source>
        <translation>No multi-visit cards are sold in practice mode. Switch practice mode off to sell a real card.</translation>
    </message>
    <message>
        <source>Deze bon kan niet worden teruggedraaid: van strippenkaart {code} zijn al {used} strip(pen) gebruikt.</source>
        <translation>This receipt cannot be reversed: {used} stamp(s) of multi-visit card {code} have been used.</translation>
    </message>
    <message>
        <source>Dit is geen strippenkaart.</source>
        <translation>This is not a multi-visit card.</translation>
    </message>
    <message>
        <source>Deze strippenkaart is niet bekend.</source>
        <translation>This multi-visit card is not known.</translation>
    </message>
    <message>
        <source>Deze strippenkaart is op: alle {stamps} strippen zijn gebruikt. Aan de bar is een nieuwe kaart te koop.</source>
        <translation>This multi-visit card is used up: all {stamps} stamps have been used. A new card is for sale at the bar.</translation>
    </message>
    <message>
        <source>Deze stempel bestaat niet of is al teruggedraaid.</source>
        <translation>This stamp does not exist or has already been undone.</translation>
    </message>
    <message>
        <source>Een stempel van meer dan {minutes} minuten geleden draait alleen de sociaal beheerder terug.</source>
        <translation>Only the social manager can undo a stamp from more than {minutes} minutes ago.</translation>
    </message>
    <message>
        <source>Deze bijeenkomst bestaat niet of gaat niet door.</source>
        <translation>This session does not exist or has been cancelled.</translation>
    </message>
    <message>
        <source>Afstempelen kan alleen op de dag van de bijeenkomst.</source>
        <translation>A card can only be stamped on the day of the session.</translation>
    </message>
    <message>
        <source>Zoveel deelnemers zijn er niet geteld.</source>
        <translation>That many participants were not counted.</translation>
    </message>
    <message>
        <source>Deze bijeenkomst bestaat niet.</source>
        <translation>This session does not exist.</translation>
    </message>
    <message>
        <source>Dit is geen geldige vrijwilligersbadge.</source>
        <translation>This is not a valid volunteer badge.</translation>
    </message>
    <message>
        <source>Deze badge is niet bekend of niet meer in gebruik.</source>
        <translation>This badge is unknown or no longer in use.</translation>
    </message>
    <message>
        <source>Deze vrijwilliger is niet (meer) aangemeld.</source>
        <translation>This volunteer is not (or no longer) signed in.</translation>
    </message>
    <message>
        <source>De eindtijd moet na de aanmelding liggen en niet in de toekomst.</source>
        <translation>The end time must be after the sign-in and not in the future.</translation>
    </message>
    <message>
        <source>De vervaldatum ligt voor de datum van afgifte.</source>
        <translation>The expiry date is before the date of issue.</translation>
    </message>
    <message>
        <source>De bon kon niet worden afgedrukt; de verkoop is wel opgeslagen.</source>
        <translation>The receipt could not be printed; the sale has been saved.</translation>
    </message>
    <message>
        <source>Geen alcohol: deze rekening is van een jeugdactiviteit.</source>
        <translation>No alcohol: this tab belongs to a youth activity.</translation>
    </message>
    <message>
        <source>Geen alcohol: deze rekening is van een evenement voor publiek van buiten.</source>
        <translation>No alcohol: this tab belongs to an event for the public from outside.</translation>
    </message>
    <message>
        <source>Geen alcohol: nu loopt {event}, een evenement voor publiek van buiten.</source>
        <translation>No alcohol: {event} is going on now, an event for the public from outside.</translation>
    </message>
    <message>
        <source>Geen alcohol: er is niemand met een IVA- of SVH-diploma aangemeld. Laat iemand met een diploma zich aanmelden met de badge.</source>
        <translation>No alcohol: nobody with an IVA or SVH certificate is signed in. Ask someone with a certificate to sign in with their badge.</translation>
    </message>
    <message>
        <source>Geen alcohol: het is nu buiten de schenktijden.</source>
        <translation>No alcohol: it is outside the serving hours now.</translation>
    </message>
    <message>
        <source>Bevestig eerst dat de klant 18 jaar of ouder is.</source>
        <translation>First confirm that the customer is 18 or older.</translation>
    </message>
    <message>
        <source>Te veel mensen op bardienst.</source>
        <translation>Too many people on bar duty.</translation>
    </message>
    <message>
        <source>Er staat nog niets op de bon.</source>
        <translation>There is nothing on the receipt yet.</translation>
    </message>
    <message>
        <source>Een bon heeft hoogstens {max} regels.</source>
        <translation>A receipt has at most {max} lines.</translation>
    </message>
    <message>
        <source>Een aantal ligt tussen 1 en {max}.</source>
        <translation>A quantity is between 1 and {max}.</translation>
    </message>
    <message>
        <source>Dit product is niet (meer) te koop: {name}.</source>
        <translation>This product is not (or no longer) for sale: {name}.</translation>
    </message>
    <message>
        <source>Een koffiekaart wordt met 0,01 tot 100 euro opgewaardeerd.</source>
        <translation>A coffee card is topped up with 0.01 to 100 euros.</translation>
    </message>
    <message>
        <source>Een koffiekaart wordt contant of met pin betaald.</source>
        <translation>A coffee card is paid in cash or by card.</translation>
    </message>
    <message>
        <source>Op een koffiekaart staat hoogstens {most}: er kan nog {room} bij.</source>
        <translation>A coffee card holds at most {most}: {room} more can go on it.</translation>
    </message>
    <message>
        <source>Dit product bestaat niet (meer).</source>
        <translation>This product does not exist (any more).</translation>
    </message>
    <message>
        <source>De periode eindigt vóór het begin.</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <source>Dit bedrag klopt niet: het ligt tussen 0 en 5000 euro.</source>
        <translation>This amount is not right: it is between 0 and 5000 euros.</translation>
    </message>
    <message>
        <source>Een bon is hoogstens 5000 euro.</source>
        <translation>A receipt is at most 5000 euros.</translation>
    </message>
    <message>
        <source>Kies hoe er betaald wordt.</source>
        <translation>Choose how it is paid.</translation>
    </message>
    <message>
        <source>Contant betaalt wat er overblijft.</source>
        <translation>Cash pays what is left.</translation>
    </message>
    <message>
        <source>De betalingen tellen niet op tot het totaal.</source>
        <translation>The payments do not add up to the total.</translation>
    </message>
    <message>
        <source>Er is meer betaald dan het totaal.</source>
        <translation>More was paid than the total.</translation>
    </message>
    <message>
        <source>Het ontvangen bedrag is te laag.</source>
        <translation>The amount received is too low.</translation>
    </message>
    <message>
        <source>Kies de huurder op wiens rekening dit gaat.</source>
        <translation>Choose the hirer whose account this goes on.</translation>
    </message>
    <message>
        <source>Eigen activiteiten van het buurthuis krijgen geen factuur; reken anders af.</source>
        <translation>The centre&apos;s own activities are not invoiced; please pay another way.</translation>
    </message>
    <message>
        <source>Kies de vrijwilliger die consumeert.</source>
        <translation>Choose the volunteer who is having the consumption.</translation>
    </message>
    <message>
        <source>{name} heeft het vrijwilligerstegoed van vandaag op.</source>
        <translation>{name} has used up today&apos;s volunteer allowance.</translation>
    </message>
    <message>
        <source>Deze koffiekaart is niet bekend.</source>
        <translation>This coffee card is not known.</translation>
    </message>
    <message>
        <source>Er staat te weinig op de koffiekaart.</source>
        <translation>There is too little on the coffee card.</translation>
    </message>
    <message>
        <source>De prijs {value} is geen bedrag zoals 1,80.</source>
        <translation>The price {value} is not an amount such as 1.80.</translation>
    </message>
    <message>
        <source>Een categorie heeft 1 tot {max} leesbare tekens.</source>
        <translation>A category has 1 to {max} readable characters.</translation>
    </message>
    <message>
        <source>Een prijs ligt tussen 0 en 100 euro.</source>
        <translation>A price is between 0 and 100 euros.</translation>
    </message>
    <message>
        <source>Het btw-tarief {value} kan niet: een product aan de bar heeft 0, 9 of 21 procent.</source>
        <translation>The VAT rate {value} is not possible: a bar product has 0, 9 or 21 percent.</translation>
    </message>
    <message>
        <source>Het btw-tarief is 0, 9 of 21 procent.</source>
        <translation>The VAT rate is 0, 9 or 21 percent.</translation>
    </message>
    <message>
        <source>De tariefklasse {value} bestaat niet: kies social of commercial.</source>
        <translation>The tariff class {value} does not exist: choose social or commercial.</translation>
    </message>
    <message>
        <source>Het btw-tarief {value} kan niet: kies 0, 9 of 21.</source>
        <translation>The VAT rate {value} is not possible: choose 0, 9 or 21.</translation>
    </message>
    <message>
        <source>Een zaaltarief ligt tussen 0 en 5.000 euro.</source>
        <translation>A room tariff lies between 0 and 5,000 euros.</translation>
    </message>
    <message>
        <source>De einddatum ligt vóór de begindatum van de prijs.</source>
        <translation>The end date is before the price&apos;s start date.</translation>
    </message>
    <message>
        <source>Alcohol valt onder het hoge btw-tarief van {rate}%.</source>
        <translation>Alcohol falls under the high VAT rate of {rate}%.</translation>
    </message>
    <message>
        <source>Deze bon bestaat niet.</source>
        <translation>This receipt does not exist.</translation>
    </message>
    <message>
        <source>Bon {number} bestaat niet.</source>
        <translation>Receipt {number} does not exist.</translation>
    </message>
    <message>
        <source>Geef een reden van 3 tot {max} tekens.</source>
        <translation>Give a reason of 3 to {max} characters.</translation>
    </message>
    <message>
        <source>Deze bon kan niet worden teruggedraaid.</source>
        <translation>This receipt cannot be reversed.</translation>
    </message>
    <message>
        <source>Deze bon is al teruggedraaid.</source>
        <translation>This receipt has already been reversed.</translation>
    </message>
    <message>
        <source>Geef per weekdag een begin- en een eindtijd die verschillen; een eindtijd vóór de begintijd loopt door tot na middernacht.</source>
        <translation>Give each weekday a start and an end time that differ; an end before the start runs on past midnight.</translation>
    </message>
    <message>
        <source>Het tegoed per vrijwilliger ligt tussen 0 en 50 euro.</source>
        <translation>The allowance per volunteer is between 0 and 50 euros.</translation>
    </message>
    <message>
        <source>Het wisselgeld ligt tussen € 0 en {max}.</source>
        <translation>The float is between € 0 and {max}.</translation>
    </message>
    <message>
        <source>Het wisselgeld is een veelvoud van 5 cent, bijvoorbeeld € 100,00.</source>
        <translation>The float is a multiple of 5 cents, for example € 100.00.</translation>
    </message>
    <message>
        <source>Vul het netwerkadres van de bonprinter in, bijvoorbeeld 192.168.1.50.</source>
        <translation>Fill in the receipt printer&apos;s network address, for example 192.168.1.50.</translation>
    </message>
    <message>
        <source>Vul de USB-nummers van de bonprinter in, bijvoorbeeld 04b8 en 0e15.</source>
        <translation>Fill in the receipt printer&apos;s USB numbers, for example 04b8 and 0e15.</translation>
    </message>
    <message>
        <source>Deze bonprinter-instelling bestaat niet.</source>
        <translation>This receipt printer setting does not exist.</translation>
    </message>
    <message>
        <source>Het tarief van zaal {name} ligt tussen € 0 en {max}.</source>
        <translation>The rate of room {name} is between € 0 and {max}.</translation>
    </message>
    <message>
        <source>Deze rekening is niet (meer) open.</source>
        <translation>This tab is not (or no longer) open.</translation>
    </message>
    <message>
        <source>Zoveel staat er niet op de rekening.</source>
        <translation>There is not that much on the tab.</translation>
    </message>
    <message>
        <source>Op rekening {name} staat nog iets: reken die eerst af.</source>
        <translation>Tab {name} still has something on it: settle it first.</translation>
    </message>
    <message>
        <source>De reservekopie kan niet in {folder} worden gezet. Is de map (of USB-stick) er, en is hij schrijfbaar?</source>
        <translation>The backup cannot be written to {folder}. Is the folder (or USB stick) there, and can it be written to?</translation>
    </message>
    <message>
        <source>De reservekopie is niet in orde: {problem}</source>
        <translation>The backup is not sound: {problem}</translation>
    </message>
    <message>
        <source>Er is al een ander adres van de centrale database bewaard ({stored}). Alleen een sociaal beheerder mag het wijzigen: met --manager en de pincode, of in Beheer › Instellingen.</source>
        <translation>Another address of the central database is stored already ({stored}). Only a social manager may change it: with --manager and the PIN, or under Beheer › Settings.</translation>
    </message>
    <message>
        <source>Vul eerst het adres van de centrale database in.</source>
        <translation>Please fill in the address of the central database first.</translation>
    </message>
    <message>
        <source>Bewaar reservekopieën 1 tot 365 dagen.</source>
        <translation>Keep backups for 1 to 365 days.</translation>
    </message>
    <message>
        <source>Kies een volledige map voor de reservekopieën, bijvoorbeeld E:\Balie.</source>
        <translation>Choose a full folder for the backups, for example E:\Balie.</translation>
    </message>
    <message>
        <source>Zet het wachtwoord niet in het adres maar in het wachtwoordveld.</source>
        <translation>Do not put the password in the address but in the password field.</translation>
    </message>
    <message>
        <source>Het adres van de centrale database klopt niet, bijvoorbeeld postgresql://balie@server.example.nl/buurthuizen.</source>
        <translation>The address of the central database is not right, for example postgresql://balie@server.example.nl/buurthuizen.</translation>
    </message>
    <message>
        <source>Dit is niet de login van het kantoor. Vraag de beheerder van de centrale database om een kantoorlogin (desk-app central add-office).</source>
        <translation>This is not the office&apos;s login. Ask the central database&apos;s administrator for an office login (desk-app central add-office).</translation>
    </message>
    <message>
        <source>Het adres van de centrale database klopt niet, bijvoorbeeld postgresql://kantoor@server.example.nl/buurthuizen.</source>
        <translation>The central database&apos;s address is not right; an example is postgresql://kantoor@server.example.nl/buurthuizen.</translation>
    </message>
    <message>
        <source>Het wachtwoord kan op deze pc niet veilig worden bewaard; er is niets gewijzigd.</source>
        <translation>The password cannot be stored safely on this PC; nothing was changed.</translation>
    </message>
    <message>
        <source>Kies een reservekopie, niet de database zelf.</source>
        <translation>Choose a backup, not the database itself.</translation>
    </message>
    <message>
        <source>Het bestand {file} is beschadigd en wordt niet teruggezet ({problem}).</source>
        <translation>The file {file} is damaged and will not be restored ({problem}).</translation>
    </message>
    <message>
        <source>Het bestand {file} is geen reservekopie van de balie.</source>
        <translation>The file {file} is not a backup of the desk.</translation>
    </message>
    <message>
        <source>De reservekopie {file} komt van een nieuwere versie van de app. Werk de app eerst bij.</source>
        <translation>The backup {file} comes from a newer version of the app. Update the app first.</translation>
    </message>
    <message>
        <source>De centrale database ({url}) weigert het wachtwoord van {user}. Vul het wachtwoord dat het kantoor gaf opnieuw in bij Beheer › Instellingen.</source>
        <translation>The central database ({url}) refuses the password of {user}. Enter the password the office gave again under Beheer › Instellingen.</translation>
    </message>
    <message>
        <source>De centrale database ({url}) laat {user} niet binnen. Vraag het kantoor om een login voor dit buurthuis (central add-centre).</source>
        <translation>The central database ({url}) does not let {user} in. Ask the office for a login for this centre (central add-centre).</translation>
    </message>
    <message>
        <source>De server van de centrale database heeft geen database {database} ({url}). Controleer het adres bij Beheer › Instellingen.</source>
        <translation>The central database&apos;s server has no database {database} ({url}). Check the address under Beheer › Instellingen.</translation>
    </message>
    <message>
        <source>De centrale database ({url}) is niet bereikbaar. De balie werkt gewoon door; de synchronisatie probeert het later opnieuw.</source>
        <translation>The central database ({url}) cannot be reached. The desk just keeps working; the synchronisation will try again later.</translation>
    </message>
    <message>
        <source>Het adres van de centrale database is onleesbaar.</source>
        <translation>The address of the central database cannot be read.</translation>
    </message>
    <message>
        <source>Het adres van de centrale database klopt niet: {url}</source>
        <translation>The address of the central database is not right: {url}</translation>
    </message>
    <message>
        <source>De centrale database mist nummers {first} tot {seq}.</source>
        <translation>The central database is missing numbers {first} to {seq}.</translation>
    </message>
    <message>
        <source>Deze balie hoort bij buurthuis {centre}, maar de login voor de centrale database niet (die hoort bij {login}). Er is niets verzonden. Vul bij Beheer › Instellingen het adres en wachtwoord van dit buurthuis in.</source>
        <translation>This desk belongs to community centre {centre}, but the login for the central database does not (it belongs to {login}). Nothing was sent. Enter this centre&apos;s address and password under Beheer › Instellingen.</translation>
    </message>
    <message>
        <source>Buurthuis {centre} heeft een eigen login voor de centrale database, maar deze balie meldt zich aan als {login}. Er is niets verzonden. Vul bij Beheer › Instellingen het adres en wachtwoord van dit buurthuis in.</source>
        <translation>Centre {centre} has its own login for the central database, but this desk logs in as {login}. Nothing was sent. Enter this centre&apos;s address and password under Beheer › Settings.</translation>
    </message>
    <message>
        <source>Deze versie van de balie-app is te oud voor de centrale database. Installeer de nieuwste versie en synchroniseer opnieuw.</source>
        <translation>This version of the desk app is too old for the central database. Install the newest version and synchronise again.</translation>
    </message>
    <message>
        <source>De centrale database is ouder dan deze balie-app. Vraag het kantoor de centrale database bij te werken (central init).</source>
        <translation>The central database is older than this desk app. Ask the office to upgrade the central database (central init).</translation>
    </message>
    <message>
        <source>De verbinding met de centrale database viel weg. Wat al verzonden is, is veilig; de volgende synchronisatie gaat verder.</source>
        <translation>The connection to the central database was lost. What was already sent is safe; the next synchronisation carries on.</translation>
    </message>
    <message>
        <source>De centrale database zegt dat ze van deze balie al tot nummer {central} heeft, maar deze balie schreef er maar {written}. Er is niets verzonden. Meld dit aan het kantoor: de centrale stand van dit buurthuis klopt niet.</source>
        <translation>The central database says it holds this desk&apos;s records up to number {central}, but this desk only wrote {written}. Nothing was sent. Tell the office: the central state of this centre is wrong.</translation>
    </message>
    <message>
        <source>Er is geen centrale database ingesteld. Geef het adres op met --central.</source>
        <translation>No central database has been set. Give its address with --central.</translation>
    </message>
    <message>
        <source>Het IBAN van het buurthuis ontbreekt of klopt niet.</source>
        <translation>The centre&apos;s IBAN is missing or not right.</translation>
    </message>
    <message>
        <source>Een betaalcode kan alleen voor een positief bedrag.</source>
        <translation>A payment code is only possible for a positive amount.</translation>
    </message>
    <message>
        <source>De betaalcode wordt te lang.</source>
        <translation>The payment code becomes too long.</translation>
    </message>
    <message>
        <source>Deze boeking bestaat niet.</source>
        <translation>This booking does not exist.</translation>
    </message>
    <message>
        <source>Deze boeking is al geannuleerd.</source>
        <translation>This booking has already been cancelled.</translation>
    </message>
    <message>
        <source>Kies een zaal.</source>
        <translation>Choose a room.</translation>
    </message>
    <message>
        <source>Kies een huurder.</source>
        <translation>Choose a hirer.</translation>
    </message>
    <message>
        <source>Een extra heeft een onjuist aantal.</source>
        <translation>An extra has a wrong quantity.</translation>
    </message>
    <message>
        <source>Een boeking kan niet in het verleden liggen.</source>
        <translation>A booking cannot be in the past.</translation>
    </message>
    <message>
        <source>Vul het aantal personen in (minstens 1).</source>
        <translation>Fill in the number of people (at least 1).</translation>
    </message>
    <message>
        <source>In {room} passen hoogstens {capacity} personen.</source>
        <translation>{room} holds at most {capacity} people.</translation>
    </message>
    <message>
        <source>{room} is dan al geboekt door {hirer} ({day} {starts} tot {until}).</source>
        <translation>{room} is already booked then by {hirer} ({day} {starts} to {until}).</translation>
    </message>
    <message>
        <source>Geef een reden voor de creditnota.</source>
        <translation>Give a reason for the credit note.</translation>
    </message>
    <message>
        <source>Deze factuur bestaat niet.</source>
        <translation>This invoice does not exist.</translation>
    </message>
    <message>
        <source>Deze factuur is al gecrediteerd.</source>
        <translation>This invoice has already been credited.</translation>
    </message>
    <message>
        <source>Het buurthuis is op {day} gesloten.</source>
        <translation>The centre is closed on {day}.</translation>
    </message>
    <message>
        <source>Kies een dagdeel of een begin- en eindtijd.</source>
        <translation>Choose a part of the day or a start and end time.</translation>
    </message>
    <message>
        <source>Het buurthuis is dan gesloten: op {day} open van {opens} tot {closes}.</source>
        <translation>The centre is closed then: on {day} open from {opens} to {closes}.</translation>
    </message>
    <message>
        <source>Voor {room} is nog geen tarief voor {tariff} ingesteld.</source>
        <translation>No rate for {tariff} has been set for {room} yet.</translation>
    </message>
    <message>
        <source>Het IBAN {iban} klopt niet. Controleer het nummer.</source>
        <translation>The IBAN {iban} is not right. Please check the number.</translation>
    </message>
    <message>
        <source>De contactpersoon mag hoogstens {max} leesbare tekens hebben.</source>
        <translation>The contact person may have at most {max} readable characters.</translation>
    </message>
    <message>
        <source>De straat mag hoogstens {max} leesbare tekens hebben.</source>
        <translation>The street may have at most {max} readable characters.</translation>
    </message>
    <message>
        <source>De postcode mag hoogstens {max} leesbare tekens hebben.</source>
        <translation>The postcode may have at most {max} readable characters.</translation>
    </message>
    <message>
        <source>De plaats mag hoogstens {max} leesbare tekens hebben.</source>
        <translation>The town may have at most {max} readable characters.</translation>
    </message>
    <message>
        <source>Het e-mailadres mag hoogstens {max} tekens hebben.</source>
        <translation>The e-mail address may have at most {max} characters.</translation>
    </message>
    <message>
        <source>Het telefoonnummer mag hoogstens {max} tekens hebben.</source>
        <translation>The phone number may have at most {max} characters.</translation>
    </message>
    <message>
        <source>Het e-mailadres {email} klopt niet.</source>
        <translation>The e-mail address {email} is not right.</translation>
    </message>
    <message>
        <source>Eigen activiteiten van het buurthuis worden niet gefactureerd.</source>
        <translation>The centre&apos;s own activities are not invoiced.</translation>
    </message>
    <message>
        <source>Er is niets (meer) te factureren.</source>
        <translation>There is nothing (left) to invoice.</translation>
    </message>
    <message>
        <source>Geef per tariefsoort één tarief op.</source>
        <translation>Give one rate per tariff class.</translation>
    </message>
    <message>
        <source>Eigen activiteiten zijn altijd gratis; kies een ander tarief.</source>
        <translation>The centre&apos;s own activities are always free; choose another tariff.</translation>
    </message>
    <message>
        <source>Een tarief kan niet negatief zijn.</source>
        <translation>A rate cannot be negative.</translation>
    </message>
    <message>
        <source>Een tarief boven {max} is niet aannemelijk. Controleer het bedrag.</source>
        <translation>A rate above {max} is not plausible. Please check the amount.</translation>
    </message>
    <message>
        <source>Kies als btw-tarief vrijgesteld, 9 % of 21 %.</source>
        <translation>Choose exempt, 9 % or 21 % as the VAT rate.</translation>
    </message>
    <message>
        <source>Deze zaal bestaat niet.</source>
        <translation>This room does not exist.</translation>
    </message>
    <message>
        <source>Op {count} datum(s) kan de zaal niet worden geboekt: {days}. Sla die data over of kies een andere zaal.</source>
        <translation>On {count} date(s) the room cannot be booked: {days}. Skip those dates or choose another room.</translation>
    </message>
    <message>
        <source>Kies een einddatum of een aantal keer voor de reeks.</source>
        <translation>Choose an end date or a number of times for the series.</translation>
    </message>
    <message>
        <source>Een reeks telt 1 tot {most} keer.</source>
        <translation>A series has 1 to {most} dates.</translation>
    </message>
    <message>
        <source>De einddatum van de reeks ligt voor de eerste datum.</source>
        <translation>The end date of the series is before the first date.</translation>
    </message>
    <message>
        <source>Een reeks loopt hoogstens twee jaar.</source>
        <translation>A series runs for at most two years.</translation>
    </message>
    <message>
        <source>De reeks bevat geen enkele datum.</source>
        <translation>The series contains no dates at all.</translation>
    </message>
    <message>
        <source>Geef de datum als JJJJ-MM-DD, bijvoorbeeld 2026-03-02.</source>
        <translation>Give the date as YYYY-MM-DD, for example 2026-03-02.</translation>
    </message>
    <message>
        <source>Het Z-rapport kon niet op de bonprinter; de afsluiting is opgeslagen.</source>
        <translation>The Z-report could not be printed on the receipt printer; the close has been saved.</translation>
    </message>
    <message>
        <source>Vul bij elke munt en elk biljet een aantal in (0 als er geen zijn).</source>
        <translation>Enter a count for every coin and note (0 if there are none).</translation>
    </message>
    <message>
        <source>Een aantal kan niet negatief zijn.</source>
        <translation>A count cannot be negative.</translation>
    </message>
    <message>
        <source>Een aantal is een heel getal, zoals 12: geen letters.</source>
        <translation>A count is a whole number, such as 12: no letters.</translation>
    </message>
    <message>
        <source>Een aantal is hoogstens {max}.</source>
        <translation>A count is at most {max}.</translation>
    </message>
    <message>
        <source>De dag {day} is afgesloten: er kan niets meer op worden geboekt. Een correctie gaat als herstelboeking op een latere dag.</source>
        <translation>The day {day} is closed: nothing more can be recorded on it. A correction goes in as a reversal on a later day.</translation>
    </message>
    <message>
        <source>Geef een reden van 3 tot 200 tekens.</source>
        <translation>Give a reason of 3 to 200 characters.</translation>
    </message>
    <message>
        <source>Een uitbetaling ligt tussen 0,05 en 500 euro.</source>
        <translation>A paid-out is between 0.05 and 500 euros.</translation>
    </message>
    <message>
        <source>Contant gaat per 5 cent: er zijn geen munten van 1 en 2 cent. Bedoelt u {nearest}?</source>
        <translation>Cash goes in steps of 5 cents: there are no 1 and 2 cent coins. Did you mean {nearest}?</translation>
    </message>
    <message>
        <source>Een dag in de toekomst kan niet dicht.</source>
        <translation>A day in the future cannot be closed.</translation>
    </message>
    <message>
        <source>Sluit eerst {day} af: ook die dag is de balie gebruikt.</source>
        <translation>Close {day} first: the desk was used on that day too.</translation>
    </message>
    <message>
        <source>Het wisselgeld voor morgen ligt tussen 0 en het getelde bedrag.</source>
        <translation>Tomorrow&apos;s float is between 0 and the amount counted.</translation>
    </message>
    <message>
        <source>Het wisselgeld voor morgen gaat per 5 cent: er zijn geen munten van 1 en 2 cent.</source>
        <translation>Tomorrow&apos;s float goes in steps of 5 cents: there are no 1 and 2 cent coins.</translation>
    </message>
    <message>
        <source>Het pinautomaat-totaal ligt tussen 0 en 10.000 euro.</source>
        <translation>The card terminal total is between 0 and 10,000 euros.</translation>
    </message>
    <message>
        <source>Er staan nog {count} rekening(en) open: reken ze af of zet ze door naar morgen.</source>
        <translation>{count} tab(s) still open: settle them or carry them over to tomorrow.</translation>
    </message>
    <message>
        <source>Het totaal van de pinautomaat wijkt {difference} af van de pinbetalingen in de kassa ({recorded}). Geef bij Reden pinverschil een reden.</source>
        <translation>The card terminal&apos;s total differs by {difference} from the card payments in the till ({recorded}). Give a reason under Card difference reason.</translation>
    </message>
    <message>
        <source>De dag {day} is nog niet afgesloten.</source>
        <translation>The day {day} has not been closed yet.</translation>
    </message>
    <message>
        <source>Deze huurder bestaat niet (meer).</source>
        <translation>This hirer does not exist (any more).</translation>
    </message>
    <message>
        <source>Op {name} worden de eigen activiteiten geboekt; het tarief en de status blijven zoals ze zijn.</source>
        <translation>The centre&apos;s own activities are booked on {name}; its tariff and status stay as they are.</translation>
    </message>
    <message>
        <source>{name} heeft nog {count} boeking(en) die nog moeten komen. Annuleer die eerst of laat de huurder actief.</source>
        <translation>{name} still has {count} booking(s) to come. Cancel them first or keep the hirer active.</translation>
    </message>
    <message>
        <source>Vul als capaciteit een aantal personen van 1 tot {max} in.</source>
        <translation>Enter a capacity of 1 to {max} people.</translation>
    </message>
    <message>
        <source>De voorzieningen mogen samen hoogstens {max} leesbare tekens hebben.</source>
        <translation>The facilities may have at most {max} readable characters together.</translation>
    </message>
    <message>
        <source>Er is al een zaal met de naam {name}.</source>
        <translation>There is already a room called {name}.</translation>
    </message>
    <message>
        <source>{room} heeft nog {count} boeking(en) die nog moeten komen. Annuleer of verplaats die eerst.</source>
        <translation>{room} still has {count} booking(s) to come. Cancel or move them first.</translation>
    </message>
    <message>
        <source>Vul voor het tarief {tariff} beide bedragen in.</source>
        <translation>Enter both amounts for the {tariff} tariff.</translation>
    </message>
    <message>
        <source>{text} is geen bedrag. Typ bijvoorbeeld 12,50.</source>
        <translation>{text} is not an amount. Type for example 12.50.</translation>
    </message>
    <message>
        <source>De verbinding met de centrale database viel weg. Probeer het later opnieuw.</source>
        <translation>The connection to the central database was lost. Please try again later.</translation>
    </message>
    <message>
        <source>Er is geen centrale database ingesteld.</source>
        <translation>No central database has been set up.</translation>
    </message>
    <message>
        <source>De gegevensmap {folder} bestaat niet. Kies de map van de balie met --data-dir of DESK_APP_HOME.</source>
        <translation>The data folder {folder} does not exist. Choose the desk&apos;s folder with --data-dir or DESK_APP_HOME.</translation>
    </message>
    <message>
        <source>In de gegevensmap {folder} staat geen database ({file}). Kies de map van de balie met --data-dir of DESK_APP_HOME.</source>
        <translation>The data folder {folder} holds no database ({file}). Choose the desk&apos;s folder with --data-dir or DESK_APP_HOME.</translation>
    </message>
    <message>
        <source>{folder} is een map. Geef ook de naam van het bestand, bijvoorbeeld {example}.</source>
        <translation>{folder} is a folder. Give the file name too, for example {example}.</translation>
    </message>
    <message>
        <source>De map {folder} bestaat niet, dus {file} kan daar niet worden bewaard. Kies een bestaande map.</source>
        <translation>The folder {folder} does not exist, so {file} cannot be saved there. Choose an existing folder.</translation>
    </message>
    <message>
        <source>{folder} is geen map. Kies een map voor de bestanden.</source>
        <translation>{folder} is not a folder. Choose a folder for the files.</translation>
    </message>
    <message>
        <source>In de map {folder} kan niets worden bewaard. Kies een andere map.</source>
        <translation>Nothing can be saved in the folder {folder}. Choose another folder.</translation>
    </message>
    <message>
        <source>Het bestand {file} kan niet worden geschreven ({reason}). Is de map schrijfbaar en het bestand niet open in een ander programma?</source>
        <translation>The file {file} cannot be written ({reason}). Is the folder writable, and is the file not open in another program?</translation>
    </message>
    <message>
        <source>In de gegevensmap {folder} kan niet worden geschreven. Geef de gebruiker schrijfrechten of kies een andere map met --data-dir of DESK_APP_HOME.</source>
        <translation>The data folder {folder} cannot be written to. Give the user write permission or choose another folder with --data-dir or DESK_APP_HOME.</translation>
    </message>
    <message>
        <source>De balie is al open op deze pc (gegevensmap {folder}). Gebruik het venster dat al open is.</source>
        <translation>The desk is already open on this PC (data folder {folder}). Use the window that is already open.</translation>
    </message>
    <message>
        <source>Er wordt nu een reservekopie teruggezet of een demo gemaakt in {folder}. Wacht tot dat klaar is en probeer het opnieuw.</source>
        <translation>A backup is being restored or a demo made in {folder} right now. Wait until that has finished and try again.</translation>
    </message>
    <message>
        <source>De balie is nog open op deze pc (gegevensmap {folder}). Sluit de app en probeer het opnieuw.</source>
        <translation>The desk is still open on this PC (data folder {folder}). Close the app and try again.</translation>
    </message>
    <message>
        <source>Een andere opdracht (reservekopie, synchronisatie of rapport) gebruikt de database in {folder} nog. Wacht tot die klaar is en probeer het opnieuw.</source>
        <translation>Another command (a backup, sync or report) is still using the database in {folder}. Wait until it has finished and try again.</translation>
    </message>
    <message>
        <source>Het document kon niet worden geopend. Het is opgeslagen als {path}.</source>
        <translation>The document could not be opened. It has been saved as {path}.</translation>
    </message>
    <message>
        <source>De centrale database ({url}) staat op een andere computer: daarheen gaat niets onversleuteld of ongecontroleerd (sslmode={mode}). Haal sslmode uit het adres of zet er sslmode=verify-full in, en kies het CA-certificaat van de organisatie bij Beheer › Instellingen.</source>
        <translation>The central database ({url}) is on another computer: nothing goes there unencrypted or unchecked (sslmode={mode}). Remove sslmode from the address or put sslmode=verify-full in it, and choose the organisation&apos;s CA certificate under Beheer › Instellingen.</translation>
    </message>
    <message>
        <source>Het certificaat van de centrale database is gemaakt voor {named}, niet voor {host} ({url}). Gebruik in het adres de servernaam uit het certificaat, zoals het kantoor die gaf.</source>
        <translation>The central database&apos;s certificate was made for {named}, not for {host} ({url}). Use the server name from the certificate in the address, as the office gave it.</translation>
    </message>
    <message>
        <source>Het certificaat van de centrale database ({url}) is niet ondertekend door het CA-certificaat van de organisatie. Kies bij Beheer › Instellingen het CA-certificaat dat het kantoor gaf, of vraag het kantoor of dit adres klopt.</source>
        <translation>The central database&apos;s certificate ({url}) is not signed by the organisation&apos;s CA certificate. Choose the CA certificate the office gave under Beheer › Instellingen, or ask the office whether this address is right.</translation>
    </message>
    <message>
        <source>Het CA-certificaat van de organisatie ontbreekt of is onleesbaar, dus de centrale database ({url}) kan niet worden gecontroleerd. Kies het bij Beheer › Instellingen.</source>
        <translation>The organisation&apos;s CA certificate is missing or unreadable, so the central database ({url}) cannot be checked. Choose it under Beheer › Instellingen.</translation>
    </message>
    <message>
        <source>De centrale database ({url}) neemt alleen versleutelde verbindingen aan. Haal sslmode uit het adres of zet er sslmode=verify-full in.</source>
        <translation>The central database ({url}) accepts encrypted connections only. Remove sslmode from the address or put sslmode=verify-full in it.</translation>
    </message>
    <message>
        <source>De centrale database ({url}) biedt geen versleutelde verbinding (TLS). Vraag het kantoor om TLS op de server aan te zetten.</source>
        <translation>The central database ({url}) offers no encrypted connection (TLS). Ask the office to turn TLS on at the server.</translation>
    </message>
    <message>
        <source>{file} is geen leesbaar CA-certificaat. Kies het certificaatbestand (PEM, begint met -----BEGIN CERTIFICATE-----) dat het kantoor gaf.</source>
        <translation>{file} is not a readable CA certificate. Choose the certificate file (PEM, starting with -----BEGIN CERTIFICATE-----) the office gave.</translation>
    </message>
    <message>
        <source>Het CA-certificaat kan niet in de gegevensmap worden bewaard: {reason}</source>
        <translation>The CA certificate cannot be kept in the data folder: {reason}</translation>
    </message>
    <message>
        <source>De bewaarde kopie van deze partij is beschadigd.</source>
        <translation>The stored copy of this batch is damaged.</translation>
    </message>
    <message>
        <source>De prijs van {name} is geen bedrag, bijvoorbeeld 1,20.</source>
        <translation>The price of {name} is not an amount, for example 1.20.</translation>
    </message>
    <message>
        <source>Vul bij {name} een aantal personen in, bijvoorbeeld 20.</source>
        <translation>Fill in a number of people for {name}, for example 20.</translation>
    </message>
    <message>
        <source>Vul het wisselgeld in als bedrag, bijvoorbeeld 100,00.</source>
        <translation>Fill in the float as an amount, for example 100.00.</translation>
    </message>
    <message>
        <source>De twee pincodes zijn niet gelijk.</source>
        <translation>The two PINs are not the same.</translation>
    </message>
    <message>
        <source>Niet teruggekomen, omdat het nooit centraal is bewaard: namen en telefoonnummers van bezoekers (privacy), IBAN&apos;s van huurders, pincodes (de sociaal beheerders hebben nu de pincode van het herstel; geef de anderen een nieuwe bij Beheer › Accounts), de instellingen van deze pc en wat na de laatste synchronisatie is ingevoerd.</source>
        <translation>Not recovered, because it was never kept centrally: visitors&apos; names and phone numbers (privacy), hirers&apos; IBANs, PINs (the social managers now have the PIN given at the recovery; give the others a new one under Beheer › Accounts), this PC&apos;s settings and whatever was entered after the last sync.</translation>
    </message>
    <message>
        <source>De centrale database kent geen actieve sociaal beheerder van buurthuis {centre}; er is niets hersteld.</source>
        <translation>The central database knows no active social manager of centre {centre}; nothing was recovered.</translation>
    </message>
    <message>
        <source>Deze balie heeft al een buurthuis met gegevens. Herstel vanuit de centrale database kan alleen in een lege gegevensmap; kies een andere map, of zet een reservekopie terug.</source>
        <translation>This desk already holds a centre with data. Recovery from the central database works only in an empty data folder; choose another folder, or restore a backup.</translation>
    </message>
    <message>
        <source>Deze login hoort niet bij één buurthuis. Geef de code van het buurthuis op met --centre.</source>
        <translation>This login does not belong to one centre. Give the centre&apos;s code with --centre.</translation>
    </message>
    <message>
        <source>De centrale database heeft geen gegevens van buurthuis {centre}; er is niets hersteld.</source>
        <translation>The central database holds no data of centre {centre}; nothing was recovered.</translation>
    </message>
    <message>
        <source>Vul een bedrag in euro&apos;s in, bijvoorbeeld 12,50.</source>
        <translation>Please enter an amount in euros, for example 12.50.</translation>
    </message>
    <message>
        <source>Een betaling kan niet in de toekomst liggen.</source>
        <translation>A payment cannot lie in the future.</translation>
    </message>
    <message>
        <source>Geef een reden voor het terugdraaien.</source>
        <translation>Please give a reason for the reversal.</translation>
    </message>
    <message>
        <source>Deze betaling bestaat niet.</source>
        <translation>This payment does not exist.</translation>
    </message>
    <message>
        <source>Deze betaling is al teruggedraaid.</source>
        <translation>This payment has already been reversed.</translation>
    </message>
    <message>
        <source>Het bedrag moet meer dan € 0,00 zijn.</source>
        <translation>The amount must be more than €0.00.</translation>
    </message>
    <message>
        <source>Dit bedrag is te groot.</source>
        <translation>This amount is too large.</translation>
    </message>
    <message>
        <source>Contant gaat in stappen van 5 cent; de kas heeft geen munten van 1 en 2 cent. Betaal de laatste centen per pin.</source>
        <translation>Cash goes in steps of 5 cents; the drawer holds no 1 or 2 cent coins. Please pay the last cents by card.</translation>
    </message>
    <message>
        <source>Geef een reden voor het afschrijven.</source>
        <translation>Please give a reason for the write-off.</translation>
    </message>
    <message>
        <source>Op een creditnota wordt geen betaling geregistreerd.</source>
        <translation>No payment is registered on a credit note.</translation>
    </message>
    <message>
        <source>Deze factuur is gecrediteerd; er staat niets meer open.</source>
        <translation>This invoice has been credited; nothing is outstanding.</translation>
    </message>
    <message>
        <source>Deze factuur is al helemaal betaald.</source>
        <translation>This invoice has already been paid in full.</translation>
    </message>
    <message>
        <source>Afschrijven kan tot het openstaande bedrag ({open}).</source>
        <translation>You can write off at most the outstanding amount ({open}).</translation>
    </message>
    <message>
        <source>Er staat nog {open} open; meer kan aan de balie niet worden ontvangen.</source>
        <translation>{open} is outstanding; the desk cannot take more than that.</translation>
    </message>
    <message>
        <source>Het bestand {file} kan niet worden gelezen.</source>
        <translation>The file {file} cannot be read.</translation>
    </message>
    <message>
        <source>Deze bankboeking is al verwerkt.</source>
        <translation>This bank entry has already been booked.</translation>
    </message>
    <message>
        <source>Vul eerst het IBAN van het buurthuis in bij Beheer › Buurthuisgegevens.</source>
        <translation>First fill in the centre&apos;s IBAN in Admin › Centre details.</translation>
    </message>
    <message>
        <source>Dit afschrift is van rekening {iban}, niet van het buurthuis. Er is niets geboekt.</source>
        <translation>This statement is of account {iban}, not the centre&apos;s. Nothing has been booked.</translation>
    </message>
    <message>
        <source>Dit bestand is geen CAMT.053-bankafschrift; kies het afschrift als XML.</source>
        <translation>This file is not a CAMT.053 bank statement; choose the statement as XML.</translation>
    </message>
    <message>
        <source>Dit bestand bevat afschriften van meer dan één rekening.</source>
        <translation>This file holds statements of more than one account.</translation>
    </message>
    <message>
        <source>Dit bestand is te groot voor een afschrift.</source>
        <translation>This file is too large for a statement.</translation>
    </message>
    <message>
        <source>Het bankafschrift is onvolledig of beschadigd. Download het opnieuw bij de bank; er is niets geboekt.</source>
        <translation>The bank statement is incomplete or damaged. Download it again from the bank; nothing has been booked.</translation>
    </message>
    <message>
        <source>Het afschrift noemt geen geldig IBAN van een rekening.</source>
        <translation>The statement names no valid account IBAN.</translation>
    </message>
    <message>
        <source>Het afschrift bevat een boeking die niet in euro is.</source>
        <translation>The statement holds an entry that is not in euros.</translation>
    </message>
    <message>
        <source>Deze herinnering bestaat niet.</source>
        <translation>This reminder does not exist.</translation>
    </message>
    <message>
        <source>Factuur {number} is niet te laat; er gaat geen herinnering uit.</source>
        <translation>Invoice {number} is not overdue; no reminder is sent.</translation>
    </message>
    <message>
        <source>Voor factuur {number} is de aanmaning al verstuurd; er komt niets na.</source>
        <translation>The final notice for invoice {number} has already been sent; nothing follows it.</translation>
    </message>
    <message>
        <source>Factuur {number} kreeg al een herinnering; een aanmaning kan vanaf {day}.</source>
        <translation>Invoice {number} already had a reminder; a final notice can be sent from {day}.</translation>
    </message>
    <message>
        <source>Geef het jaar als JJJJ, bijvoorbeeld 2026.</source>
        <translation>Give the year as YYYY, for example 2026.</translation>
    </message>
    <message>
        <source>De laatste dag ligt voor de eerste. Draai ze om.</source>
        <translation>The last day comes before the first. Swap them.</translation>
    </message>
    <message>
        <source>Deze huurder ontvangt geen e-factuur; zet dat aan bij de huurder.</source>
        <translation>This hirer does not receive e-invoices; switch that on for the hirer.</translation>
    </message>
    <message>
        <source>Factuur {number} bestaat niet.</source>
        <translation>Invoice {number} does not exist.</translation>
    </message>
    <message>
        <source>Het KvK-nummer (8 cijfers) of OIN (20 cijfers) {number} klopt niet.</source>
        <translation>The KvK number (8 digits) or OIN (20 digits) {number} is not valid.</translation>
    </message>
    <message>
        <source>Het Peppol-id {peppol} klopt niet, bijvoorbeeld 0106:12345678.</source>
        <translation>The Peppol ID {peppol} is not valid, for example 0106:12345678.</translation>
    </message>
    <message>
        <source>Alleen een organisatie ontvangt een e-factuur.</source>
        <translation>Only an organisation receives e-invoices.</translation>
    </message>
    <message>
        <source>Een e-factuur vraagt het KvK-nummer of OIN en het adres (straat, postcode, plaats) van de organisatie.</source>
        <translation>An e-invoice needs the organisation&apos;s KvK number or OIN and its address (street, postcode, town).</translation>
    </message>
    <message>
        <source>Een e-factuur vraagt het KvK-nummer, het btw-nummer en het adres van het buurthuis. Vul ze in bij Beheer.</source>
        <translation>An e-invoice needs the centre&apos;s KvK number, VAT number and address. Fill them in under Manage.</translation>
    </message>
    <message>
        <source>Geef de incassodatum als jjjj-mm-dd, bijvoorbeeld 2026-12-07.</source>
        <translation>Give the collection date as yyyy-mm-dd, for example 2026-12-07.</translation>
    </message>
    <message>
        <source>Geef de reden van de terugboeking.</source>
        <translation>Give the reason for the return.</translation>
    </message>
    <message>
        <source>Deze factuur is niet geïncasseerd; er valt niets terug te boeken.</source>
        <translation>This invoice was not collected; there is nothing to return.</translation>
    </message>
    <message>
        <source>Geef de maand als jjjj-mm, bijvoorbeeld 2026-11.</source>
        <translation>Give the month as yyyy-mm, for example 2026-11.</translation>
    </message>
    <message>
        <source>Er zijn over {month} geen openstaande facturen van huurders met een machtiging die nog niet zijn geïncasseerd.</source>
        <translation>For {month} there are no open invoices of hirers with a mandate that have not been collected yet.</translation>
    </message>
    <message>
        <source>Vul eerst het IBAN en het incassant-ID van het buurthuis in (Beheer › Buurthuisgegevens).</source>
        <translation>First fill in the centre&apos;s IBAN and creditor identifier (Admin › Centre details).</translation>
    </message>
    <message>
        <source>Op {day} kan niet worden geïncasseerd. Kies een werkdag op of na {earliest}.</source>
        <translation>Nothing can be collected on {day}. Choose a business day on or after {earliest}.</translation>
    </message>
    <message>
        <source>Het machtigingskenmerk is hoogstens 35 letters, cijfers of leestekens (geen é, ë of &amp;).</source>
        <translation>The mandate reference is at most 35 letters, digits or punctuation marks (no é, ë or &amp;).</translation>
    </message>
    <message>
        <source>Vul de datum in waarop de machtiging is getekend (niet in de toekomst).</source>
        <translation>Fill in the date the mandate was signed (not in the future).</translation>
    </message>
    <message>
        <source>Een machtiging heeft het IBAN van de huurder nodig.</source>
        <translation>A mandate needs the hirer&apos;s IBAN.</translation>
    </message>
    <message>
        <source>Regel {line}: onbekend veld {slot}.</source>
        <translation>Line {line}: unknown slot {slot}.</translation>
    </message>
    <message>
        <source>Regel {line}: {slot} staat er twee keer in.</source>
        <translation>Line {line}: {slot} appears twice.</translation>
    </message>
    <message>
        <source>In het bestand ontbreken: {slots}.</source>
        <translation>The file lacks: {slots}.</translation>
    </message>
    <message>
        <source>Dit is geen grootboekindeling: de eerste regel moet {header} zijn.</source>
        <translation>This is not a ledger mapping: the first line must be {header}.</translation>
    </message>
    <message>
        <source>Regel {line} heeft niet precies vijf kolommen.</source>
        <translation>Line {line} does not have exactly five columns.</translation>
    </message>
    <message>
        <source>Regel {line}: geef een rekeningnummer (tot 20 tekens) en een naam (tot 120).</source>
        <translation>Line {line}: give an account number (up to 20 characters) and a name (up to 120).</translation>
    </message>
    <message>
        <source>Regel {line}: de soort is B (balans) of P (winst en verlies).</source>
        <translation>Line {line}: the kind is B (balance sheet) or P (profit and loss).</translation>
    </message>
    <message>
        <source>Regel {line}: {code} is geen RGS-referentiecode.</source>
        <translation>Line {line}: {code} is not an RGS reference code.</translation>
    </message>
    <message>
        <source>Regel {line}: een balansrekening heeft een RGS-code met B, een andere met W.</source>
        <translation>Line {line}: a balance sheet account has an RGS code starting with B, any other one with W.</translation>
    </message>
    <message>
        <source>Rekening {number} staat er twee keer in, verschillend beschreven.</source>
        <translation>Account {number} appears twice, described differently.</translation>
    </message>
    <message>
        <source>Kies een jaar van {first} tot en met {last}.</source>
        <translation>Choose a year from {first} to {last}.</translation>
    </message>
    <message>
        <source>Geen buurthuizen in de gemeente {name}.</source>
        <translation>No centres in the municipality {name}.</translation>
    </message>
    <message>
        <source>De eerste regel moet {header} zijn. Er is niets gepubliceerd.</source>
        <translation>The first line must be {header}. Nothing has been published.</translation>
    </message>
    <message>
        <source>Het bestand heeft geen regels. Er is niets gepubliceerd.</source>
        <translation>The file has no lines. Nothing has been published.</translation>
    </message>
    <message>
        <source>{count} velden in plaats van {width}.</source>
        <translation>{count} fields instead of {width}.</translation>
    </message>
    <message>
        <source>Regel {row}: {reason} Er is niets gepubliceerd.</source>
        <translation>Line {row}: {reason} Nothing has been published.</translation>
    </message>
    <message>
        <source>De datum {value} is geen datum zoals 2027-01-01.</source>
        <translation>The date {value} is not a date such as 2027-01-01.</translation>
    </message>
    <message>
        <source>Regel {row} noemt hetzelfde als regel {other}. Er is niets gepubliceerd.</source>
        <translation>Line {row} names the same as line {other}. Nothing has been published.</translation>
    </message>
    <message>
        <source>Er zijn geen prijzen om te publiceren.</source>
        <translation>There are no prices to publish.</translation>
    </message>
    <message>
        <source>Er zijn geen tarieven om te publiceren.</source>
        <translation>There are no tariffs to publish.</translation>
    </message>
    <message>
        <source>Alleen het kantoor van de organisatie mag prijzen publiceren; de login van een buurthuis mag dat niet.</source>
        <translation>Only the organisation&apos;s office may publish prices; a centre&apos;s login may not.</translation>
    </message>
    <message>
        <source>Er is geen buurthuis met de code {code}.</source>
        <translation>There is no centre with the code {code}.</translation>
    </message>
    <message>
        <source>{product} is alcohol en valt onder het hoge btw-tarief van {rate}%, niet {given}%. Er is niets gepubliceerd.</source>
        <translation>{product} is alcohol and falls under the high VAT rate of {rate}%, not {given}%. Nothing was published.</translation>
    </message>
    <message>
        <source>{product} staat bij geen buurthuis als strippenkaart. Een nieuwe strippenkaart zet een buurthuis zelf op de prijslijst, met het aantal strippen. Er is niets gepubliceerd.</source>
        <translation>{product} is not a multi-visit card at any centre. A centre puts a new card on its own price list, with its number of stamps. Nothing was published.</translation>
    </message>
    <message>
        <source>Alleen het kantoor van de organisatie mag doelgroepen publiceren; de login van een buurthuis mag dat niet.</source>
        <translation>Only the organisation&apos;s office may publish target groups; a centre&apos;s login may not.</translation>
    </message>
    <message>
        <source>Geef de doelgroep een naam van hoogstens 120 tekens.</source>
        <translation>Give the target group a name of at most 120 characters.</translation>
    </message>
    <message>
        <source>De doelgroep {name} bestaat niet.</source>
        <translation>The target group {name} does not exist.</translation>
    </message>
    <message>
        <source>Geef het nummer van de bijeenkomst zoals desk-app activities signups het toont.</source>
        <translation>Give the number of the session as desk-app activities signups shows it.</translation>
    </message>
    <message>
        <source>Geef de week als JJJJ-Www, bijvoorbeeld 2026-W10.</source>
        <translation>Give the week as YYYY-Www, for example 2026-W10.</translation>
    </message>
    <message>
        <source>Kies een andere vrijwilliger om mee te ruilen.</source>
        <translation>Choose another volunteer to swap with.</translation>
    </message>
    <message>
        <source>Geef de dag een naam, bijvoorbeeld Koningsdag.</source>
        <translation>Give the day a name, for example King&apos;s Day.</translation>
    </message>
    <message>
        <source>Het buurthuis is op {day} al dicht.</source>
        <translation>The centre is already closed on {day}.</translation>
    </message>
    <message>
        <source>Deze dienst staat niet (meer) op het rooster.</source>
        <translation>This shift is not (or no longer) on the roster.</translation>
    </message>
    <message>
        <source>Het buurthuis is op {day} in de {part} dicht: daar past geen dienst.</source>
        <translation>The centre is closed on {day} in the {part}: no shift can go there.</translation>
    </message>
    <message>
        <source>{name} staat dan al op het rooster.</source>
        <translation>{name} is already on the roster then.</translation>
    </message>
    <message>
        <source>Het maximum aantal feesten ligt tussen 0 en 365.</source>
        <translation>The maximum number of parties lies between 0 and 365.</translation>
    </message>
    <message>
        <source>In {year} mogen hoogstens {limit} besloten feesten met alcohol worden gehouden; er zijn er al {count} geboekt.</source>
        <translation>In {year} at most {limit} private parties with alcohol may be held; {count} have been booked already.</translation>
    </message>
    <message>
        <source>Deze vergoeding bestaat niet.</source>
        <translation>This allowance does not exist.</translation>
    </message>
    <message>
        <source>Deze vergoeding is al teruggedraaid.</source>
        <translation>This allowance has been reversed already.</translation>
    </message>
    <message>
        <source>Een vergoeding is een bedrag groter dan 0 euro.</source>
        <translation>An allowance is an amount greater than 0 euros.</translation>
    </message>
    <message>
        <source>Een vergoeding per maand is hoogstens 2100 euro.</source>
        <translation>An allowance for a month is at most 2100 euros.</translation>
    </message>
    <message>
        <source>Deze geboortedatum klopt niet.</source>
        <translation>This date of birth is not right.</translation>
    </message>
    <message>
        <source>De eerste regel moet zijn: {header}</source>
        <translation>The first line must be: {header}</translation>
    </message>
    <message>
        <source>Het bestand bevat geen vergoedingen.</source>
        <translation>The file holds no allowances.</translation>
    </message>
    <message>
        <source>Regel {line} van het bestand klopt niet.</source>
        <translation>Line {line} of the file is not right.</translation>
    </message>
    <message>
        <source>Een grens is een bedrag tussen 0 en 10.000 euro.</source>
        <translation>A limit is an amount between 0 and 10,000 euros.</translation>
    </message>
    <message>
        <source>{name} staat op {day} al op het rooster.</source>
        <translation>{name} is already on the roster on {day}.</translation>
    </message>
    <message>
        <source>Dit is geen wekelijkse dienst; kies Niet deze keer om hem te laten vallen.</source>
        <translation>This is not a weekly shift; choose Not this time to drop it.</translation>
    </message>
    <message>
        <source>Noem de sociaal beheerder met {option}, een van: {names}.</source>
        <translation>Name the social manager with {option}, one of: {names}.</translation>
    </message>
    <message>
        <source>Op deze koffiekaart staat geen opwaardering meer.</source>
        <translation>This coffee card has no load left to reverse.</translation>
    </message>
    <message>
        <source>Deze opwaardering bestaat niet of is al teruggedraaid.</source>
        <translation>This load does not exist or has already been reversed.</translation>
    </message>
    <message>
        <source>Van deze opwaardering is al {spent} besteed: terugdraaien kan niet meer.</source>
        <translation>{spent} of this load has been spent already: it can no longer be reversed.</translation>
    </message>
    <message>
        <source>De herinneringen zijn vastgelegd, maar de brieven konden niet worden bewaard in {folder} ({reason}). Vastgelegd voor: {invoices}. Maak de brieven opnieuw met: desk-app invoices remind --reprint {day} --out MAP</source>
        <translation>The reminders have been recorded, but the letters could not be saved in {folder} ({reason}). Recorded for: {invoices}. Make the letters again with: desk-app invoices remind --reprint {day} --out FOLDER</translation>
    </message>
</context>
<context>
    <name>Extras</name>
    <message>
        <source>Koffie- en theeservice (per persoon)</source>
        <translation>Coffee and tea service (per person)</translation>
    </message>
    <message>
        <source>Beamer en scherm</source>
        <translation>Projector and screen</translation>
    </message>
    <message>
        <source>Geluidsinstallatie</source>
        <translation>Sound system</translation>
    </message>
</context>
<context>
    <name>FiguresDialog</name>
    <message>
        <source>Bezoekcijfers</source>
        <translation>Visit figures</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <source>Meer cijfers…</source>
        <translation>More figures…</translation>
    </message>
    <message>
        <source>Bezoeken</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Uniek</source>
        <translation>Unique</translation>
    </message>
    <message>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Deze week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Dit jaar</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Binnen: {count} bezoekers</source>
        <translation>Inside: {count} visitors</translation>
    </message>
    <message>
        <source>en {count} vrijwilliger(s) aangemeld</source>
        <translation>and {count} volunteer(s) signed in</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Buurthuis instellen</source>
        <translation>Set up the centre</translation>
    </message>
    <message>
        <source>Volgende &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>&lt; Vorige</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Welkom! Welk buurthuis is dit?</source>
        <translation>Welcome! Which centre is this?</translation>
    </message>
    <message>
        <source>De balie-app start hier voor het eerst. Kies het buurthuis uit de lijst, of typ een andere naam met een code.</source>
        <translation>The desk app starts here for the first time. Choose the centre from the list, or type another name with a code.</translation>
    </message>
    <message>
        <source>Nummers voor facturen</source>
        <translation>Numbers for invoices</translation>
    </message>
    <message>
        <source>Deze nummers komen op facturen. U kunt ze ook later invullen.</source>
        <translation>These numbers appear on invoices. You can also fill them in later.</translation>
    </message>
    <message>
        <source>Openingstijden</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Zet een vinkje bij de dagen dat het buurthuis open is.</source>
        <translation>Tick the days on which the centre is open.</translation>
    </message>
    <message>
        <source>Dagdelen</source>
        <translation>Parts of the day</translation>
    </message>
    <message>
        <source>Bezoek en bezetting worden per dagdeel geteld.</source>
        <translation>Visits and occupancy are counted per part of the day.</translation>
    </message>
    <message>
        <source>Prijslijst van de bar</source>
        <translation>The bar&apos;s price list</translation>
    </message>
    <message>
        <source>Gewone prijzen om mee te beginnen; later te wijzigen in Bar → Prijslijst.</source>
        <translation>Usual prices to start with; change them later in Bar → Price list.</translation>
    </message>
    <message>
        <source>De zalen die u verhuurt, met de prijs per dagdeel voor verenigingen.</source>
        <translation>The rooms you hire out, with the price per part of the day for associations.</translation>
    </message>
    <message>
        <source>Het wisselgeld bij de start, en een bonprinter als u die heeft.</source>
        <translation>The float at the start, and a receipt printer if you have one.</translation>
    </message>
    <message>
        <source>Zalen</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <source>Kassa en bonprinter</source>
        <translation>Till and receipt printer</translation>
    </message>
    <message>
        <source>De eerste sociaal beheerder</source>
        <translation>The first social manager</translation>
    </message>
    <message>
        <source>Met deze naam en pincode beheert u straks de accounts.</source>
        <translation>With this name and PIN you will manage the accounts.</translation>
    </message>
    <message>
        <source>Herstel vanuit de centrale database…</source>
        <translation>Recover from the central database…</translation>
    </message>
    <message>
        <source>Kantoor van de organisatie…</source>
        <translation>The organisation&apos;s office…</translation>
    </message>
    <message>
        <source>Deze pc is van het kantoor: prijzen en overzichten van alle buurthuizen.</source>
        <translation>This PC is the office&apos;s: prices and overviews of all centres.</translation>
    </message>
    <message>
        <source>De twee pincodes zijn niet gelijk.</source>
        <translation>The two PINs are not the same.</translation>
    </message>
</context>
<context>
    <name>FreeRoomFinder</name>
    <message>
        <source>eigen tijden</source>
        <translation>own times</translation>
    </message>
    <message>
        <source>Zoek een vrije zaal</source>
        <translation>Find a free room</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Dagdeel</source>
        <translation>Part of the day</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Tot</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Aantal personen</source>
        <translation>Number of people</translation>
    </message>
    <message>
        <source>Er is dan geen zaal vrij voor zoveel mensen.</source>
        <translation>There is no room free then for that many people.</translation>
    </message>
    <message>
        <source>Tik op een zaal om hem te boeken.</source>
        <translation>Tap a room to book it.</translation>
    </message>
    <message>
        <source>{name} — {capacity} personen — {facilities}</source>
        <translation>{name} — {capacity} people — {facilities}</translation>
    </message>
</context>
<context>
    <name>HirerDialog</name>
    <message>
        <source>Nieuwe huurder</source>
        <translation>New hirer</translation>
    </message>
    <message>
        <source>Huurder wijzigen</source>
        <translation>Change hirer</translation>
    </message>
    <message>
        <source>Organisatie (geen particulier)</source>
        <translation>Organisation (not a private person)</translation>
    </message>
    <message>
        <source>Ontvangt e-facturen (UBL)</source>
        <translation>Receives e-invoices (UBL)</translation>
    </message>
    <message>
        <source>Alleen de sociaal beheerder wijzigt het tarief.</source>
        <translation>Only the social manager changes the tariff.</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tarief</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Contactpersoon</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Straat en huisnummer</source>
        <translation>Street and number</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>IBAN (niet verplicht)</source>
        <translation>IBAN (optional)</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>KvK-nummer of OIN</source>
        <translation>KvK number or OIN</translation>
    </message>
    <message>
        <source>Peppol-id (anders uit KvK/OIN)</source>
        <translation>Peppol ID (else from KvK/OIN)</translation>
    </message>
    <message>
        <source>SEPA-machtiging</source>
        <translation>SEPA mandate</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>HirersView</name>
    <message>
        <source>Zoek een huurder</source>
        <translation>Find a hirer</translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Nieuwe huurder…</source>
        <translation>New hirer…</translation>
    </message>
    <message>
        <source>Wijzigen…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Op inactief zetten</source>
        <translation>Make inactive</translation>
    </message>
    <message>
        <source>Weer actief maken</source>
        <translation>Make active again</translation>
    </message>
    <message>
        <source>{name} is opgeslagen.</source>
        <translation>{name} has been saved.</translation>
    </message>
    <message>
        <source>{name} kan weer worden gekozen bij het boeken.</source>
        <translation>{name} can be chosen again when booking.</translation>
    </message>
    <message>
        <source>{name} staat op inactief: oude boekingen en facturen blijven.</source>
        <translation>{name} is inactive: old bookings and invoices stay.</translation>
    </message>
</context>
<context>
    <name>HolidayDialog</name>
    <message>
        <source>Dag dicht</source>
        <translation>Close a day</translation>
    </message>
    <message>
        <source>bijv. Koningsdag</source>
        <translation>e.g. King&apos;s Day</translation>
    </message>
    <message>
        <source>Op deze dag is het buurthuis dicht: er staan geen diensten.</source>
        <translation>The centre is closed on this day: no shifts are planned.</translation>
    </message>
    <message>
        <source>Dag</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Naam van de dag</source>
        <translation>Name of the day</translation>
    </message>
    <message>
        <source>Dicht zetten</source>
        <translation>Close this day</translation>
    </message>
</context>
<context>
    <name>HoursDialog</name>
    <message>
        <source>Uren van vrijwilligers</source>
        <translation>Volunteer hours</translation>
    </message>
    <message>
        <source>Eerste dag</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>Laatste dag</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>Urenverklaring (PDF) van de gekozen vrijwilliger</source>
        <translation>Hours statement (PDF) of the chosen volunteer</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <source>t/m</source>
        <translation>to</translation>
    </message>
    <message>
        <source>{kind}: {hours} uur</source>
        <translation>{kind}: {hours} h</translation>
    </message>
    <message>
        <source>Kies eerst een vrijwilliger in de lijst.</source>
        <translation>Please choose a volunteer in the list first.</translation>
    </message>
</context>
<context>
    <name>HoursEditor</name>
    <message>
        <source>maandag</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>dinsdag</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>woensdag</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>donderdag</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>vrijdag</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>zaterdag</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>zondag</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>van</source>
        <translation>from</translation>
    </message>
    <message>
        <source>tot</source>
        <translation>until</translation>
    </message>
    <message>
        <source>{day} van</source>
        <translation>{day} from</translation>
    </message>
    <message>
        <source>{day} tot</source>
        <translation>{day} until</translation>
    </message>
</context>
<context>
    <name>IdentityForm</name>
    <message>
        <source>Kies of typ de naam</source>
        <translation>Choose or type the name</translation>
    </message>
    <message>
        <source>bijvoorbeeld ALM</source>
        <translation>for example ALM</translation>
    </message>
    <message>
        <source>bijvoorbeeld 1181 AB</source>
        <translation>for example 1181 AB</translation>
    </message>
    <message>
        <source>Naam van het buurthuis</source>
        <translation>Name of the centre</translation>
    </message>
    <message>
        <source>Code (kort, hoofdletters)</source>
        <translation>Code (short, capitals)</translation>
    </message>
    <message>
        <source>Straat en huisnummer</source>
        <translation>Street and house number</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Town</translation>
    </message>
</context>
<context>
    <name>InvoiceStatuses</name>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>deels betaald</source>
        <translation>partly paid</translation>
    </message>
    <message>
        <source>betaald</source>
        <translation>paid</translation>
    </message>
    <message>
        <source>te laat</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>gecrediteerd</source>
        <translation>credited</translation>
    </message>
</context>
<context>
    <name>InvoicesModel</name>
    <message>
        <source>factuur</source>
        <translation>invoice</translation>
    </message>
    <message>
        <source>creditnota</source>
        <translation>credit note</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>{level} op {day}</source>
        <translation>{level} on {day}</translation>
    </message>
    <message>
        <source>{amount} te veel</source>
        <translation>{amount} overpaid</translation>
    </message>
</context>
<context>
    <name>InvoicesView</name>
    <message>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <source>Te laat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Betaling registreren…</source>
        <translation>Register payment…</translation>
    </message>
    <message>
        <source>Betaling terugdraaien…</source>
        <translation>Reverse payment…</translation>
    </message>
    <message>
        <source>PDF opslaan…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>E-factuur (UBL) opslaan…</source>
        <translation>Save e-invoice (UBL)…</translation>
    </message>
    <message>
        <source>Crediteren…</source>
        <translation>Credit…</translation>
    </message>
    <message>
        <source>Bankafschrift inlezen…</source>
        <translation>Read bank statement…</translation>
    </message>
    <message>
        <source>Herinnering maken</source>
        <translation>Make reminder</translation>
    </message>
    <message>
        <source>Incasso maken…</source>
        <translation>Make direct debit…</translation>
    </message>
    <message>
        <source>Maandfactuur maken</source>
        <translation>Make monthly invoice</translation>
    </message>
    <message>
        <source>Kies eerst een factuur in de lijst.</source>
        <translation>Please choose an invoice in the list first.</translation>
    </message>
    <message>
        <source>Betaling teruggedraaid: {number} is nu {status}.</source>
        <translation>Payment reversed: {number} is now {status}.</translation>
    </message>
    <message>
        <source>Betaling geregistreerd: {number} is nu {status}.</source>
        <translation>Payment registered: {number} is now {status}.</translation>
    </message>
    <message>
        <source>PDF opslaan</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>E-factuur opslaan</source>
        <translation>Save e-invoice</translation>
    </message>
    <message>
        <source>Opgeslagen in {file}.</source>
        <translation>Saved in {file}.</translation>
    </message>
    <message>
        <source>{level} voor {number} vastgelegd; de PDF wordt gemaakt.</source>
        <translation>{level} for {number} recorded; the PDF is being made.</translation>
    </message>
    <message>
        <source>Crediteren</source>
        <translation>Credit</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Incassobestand gemaakt: {count} facturen, {total}.</source>
        <translation>Direct-debit file made: {count} invoices, {total}.</translation>
    </message>
    <message>
        <source>Overgeslagen: {collected} al geïncasseerd, {without} zonder machtiging.</source>
        <translation>Skipped: {collected} collected already, {without} without a mandate.</translation>
    </message>
    <message>
        <source>{number} is gemaakt ({total}).</source>
        <translation>{number} has been made ({total}).</translation>
    </message>
</context>
<context>
    <name>JournalExportDialog</name>
    <message>
        <source>Journaal exporteren</source>
        <translation>Export journal</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Tot en met</source>
        <translation>Up to and including</translation>
    </message>
    <message>
        <source>Journaal opslaan</source>
        <translation>Save journal</translation>
    </message>
    <message>
        <source>Het bestand kon niet worden opgeslagen.</source>
        <translation>The file could not be saved.</translation>
    </message>
</context>
<context>
    <name>LimitsDialog</name>
    <message>
        <source>Grenzen vrijwilligersvergoeding</source>
        <translation>Volunteer allowance limits</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Per uur (21 jaar en ouder)</source>
        <translation>Per hour (21 and over)</translation>
    </message>
    <message>
        <source>Per uur (jonger dan 21)</source>
        <translation>Per hour (under 21)</translation>
    </message>
    <message>
        <source>Per maand</source>
        <translation>Per month</translation>
    </message>
    <message>
        <source>Per jaar</source>
        <translation>Per year</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Typ elk bedrag, bijvoorbeeld 5,60.</source>
        <translation>Type every amount, for example 5.60.</translation>
    </message>
    <message>
        <source>De grenzen zijn opgeslagen.</source>
        <translation>The limits have been saved.</translation>
    </message>
</context>
<context>
    <name>LivingRoomPage</name>
    <message>
        <source>Nieuwe pas afdrukken</source>
        <translation>Print a new pass</translation>
    </message>
    <message>
        <source>Ontruimingslijst</source>
        <translation>Evacuation list</translation>
    </message>
    <message>
        <source>Gegevens bezoeker</source>
        <translation>Visitor&apos;s data</translation>
    </message>
    <message>
        <source>Huiskamer</source>
        <translation>Living room</translation>
    </message>
    <message>
        <source>{count} bezoeker(s) geteld.</source>
        <translation>{count} visitor(s) counted.</translation>
    </message>
    <message>
        <source>De laatste telling is teruggedraaid.</source>
        <translation>The last count has been undone.</translation>
    </message>
    <message>
        <source>Tot ziens! Eén bezoeker uitgecheckt.</source>
        <translation>Goodbye! One visitor checked out.</translation>
    </message>
    <message>
        <source>Dank u wel voor uw mening!</source>
        <translation>Thank you for your opinion!</translation>
    </message>
    <message>
        <source>{count} pas(sen) gemaakt.</source>
        <translation>{count} pass(es) made.</translation>
    </message>
    <message>
        <source>De ontruimingslijst is geopend om af te drukken.</source>
        <translation>The evacuation list has been opened for printing.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Wie zit er aan de balie?</source>
        <translation>Who is at the desk?</translation>
    </message>
    <message>
        <source>Wie bent u?</source>
        <translation>Who are you?</translation>
    </message>
    <message>
        <source>Pincode</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>1. Tik op uw naam</source>
        <translation>1. Tap your name</translation>
    </message>
    <message>
        <source>2. Typ uw pincode</source>
        <translation>2. Type your PIN</translation>
    </message>
    <message>
        <source>Tik eerst op uw naam.</source>
        <translation>Tap your name first.</translation>
    </message>
    <message>
        <source>Kies eerst een nieuwe pincode om in te loggen.</source>
        <translation>Choose a new PIN first to log in.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Balie {centre}</source>
        <translation>Desk {centre}</translation>
    </message>
    <message>
        <source>Wissel</source>
        <translation>Switch</translation>
    </message>
    <message>
        <source>Beheer</source>
        <translation>Manage</translation>
    </message>
    <message>
        <source>Weergave</source>
        <translation>Display</translation>
    </message>
    <message>
        <source>Sneltoets {keys}</source>
        <translation>Shortcut {keys}</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Buurthuisgegevens</source>
        <translation>Centre details</translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Auditlog</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Synchroniseren</source>
        <translation>Synchronise</translation>
    </message>
    <message>
        <source>Synchronisatielog en fouten</source>
        <translation>Sync log and errors</translation>
    </message>
    <message>
        <source>Boekhouding exporteren…</source>
        <translation>Export the books…</translation>
    </message>
    <message>
        <source>geen centrale database ingesteld</source>
        <translation>no central database set</translation>
    </message>
    <message>
        <source>Beheer (Ctrl+B)</source>
        <translation>Manage (Ctrl+B)</translation>
    </message>
    <message>
        <source>Alleen voor de sociaal beheerder</source>
        <translation>Only for the social manager</translation>
    </message>
</context>
<context>
    <name>ManagerForm</name>
    <message>
        <source>Uw naam</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Pincode (6 cijfers)</source>
        <translation>PIN (6 digits)</translation>
    </message>
    <message>
        <source>Pincode nog een keer</source>
        <translation>PIN once more</translation>
    </message>
</context>
<context>
    <name>MandateFields</name>
    <message>
        <source>leeg: geen incasso</source>
        <translation>empty: no direct debit</translation>
    </message>
    <message>
        <source>Eerste incasso nog te doen</source>
        <translation>First collection still to come</translation>
    </message>
    <message>
        <source>Doorlopend (al eerder geïncasseerd)</source>
        <translation>Recurring (collected before)</translation>
    </message>
    <message>
        <source>Machtigingskenmerk</source>
        <translation>Mandate reference</translation>
    </message>
    <message>
        <source>Getekend op</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Incasso</source>
        <translation>Direct debit</translation>
    </message>
</context>
<context>
    <name>MoodPanel</name>
    <message>
        <source>Tevreden</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Gaat wel</source>
        <translation>So-so</translation>
    </message>
    <message>
        <source>Niet tevreden</source>
        <translation>Not satisfied</translation>
    </message>
    <message>
        <source>Hoe was uw bezoek?</source>
        <translation>How was your visit?</translation>
    </message>
    <message>
        <source>Vandaag: {happy} tevreden, {neutral} gaat wel, {unhappy} niet tevreden</source>
        <translation>Today: {happy} satisfied, {neutral} so-so, {unhappy} not satisfied</translation>
    </message>
</context>
<context>
    <name>Municipal</name>
    <message>
        <source>Bezoek</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>Bezoeken</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>  kinderen</source>
        <translation>  children</translation>
    </message>
    <message>
        <source>  jongeren</source>
        <translation>  young people</translation>
    </message>
    <message>
        <source>  volwassenen</source>
        <translation>  adults</translation>
    </message>
    <message>
        <source>  senioren</source>
        <translation>  seniors</translation>
    </message>
    <message>
        <source>  leeftijd niet gevraagd</source>
        <translation>  age not asked</translation>
    </message>
    <message>
        <source>Unieke bezoekers</source>
        <translation>Unique visitors</translation>
    </message>
    <message>
        <source>Activiteiten</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Deelnemers</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Activiteiten voor jeugd</source>
        <translation>Activities for youth</translation>
    </message>
    <message>
        <source>  deelnemers</source>
        <translation>  participants</translation>
    </message>
    <message>
        <source>Activiteiten voor volwassenen</source>
        <translation>Activities for adults</translation>
    </message>
    <message>
        <source>Activiteiten voor ouderen</source>
        <translation>Activities for the elderly</translation>
    </message>
    <message>
        <source>Activiteiten voor iedereen</source>
        <translation>Activities for everyone</translation>
    </message>
    <message>
        <source>Grote evenementen</source>
        <translation>Large events</translation>
    </message>
    <message>
        <source>Dagen met meer dan 500 bezoekers</source>
        <translation>Days with more than 500 visitors</translation>
    </message>
    <message>
        <source>  bezoeken op die dagen</source>
        <translation>  visits on those days</translation>
    </message>
    <message>
        <source>Vrijwilligers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Actieve vrijwilligers</source>
        <translation>Active volunteers</translation>
    </message>
    <message>
        <source>  social return en tegenprestatie</source>
        <translation>  social return and benefit reciprocity</translation>
    </message>
    <message>
        <source>  stagiairs</source>
        <translation>  interns</translation>
    </message>
    <message>
        <source>Vrijwilligersuren</source>
        <translation>Volunteer hours</translation>
    </message>
    <message>
        <source>Zaalverhuur</source>
        <translation>Room hire</translation>
    </message>
    <message>
        <source>Inkomsten zaalverhuur</source>
        <translation>Room-hire income</translation>
    </message>
    <message>
        <source>Bezettingsgraad</source>
        <translation>Occupancy</translation>
    </message>
    <message>
        <source>Uren gratis gegeven</source>
        <translation>Hours given for free</translation>
    </message>
    <message>
        <source>  waarde tegen commercieel tarief</source>
        <translation>  value at the commercial rate</translation>
    </message>
    <message>
        <source>Tevredenheid</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Blije gezichten</source>
        <translation>Happy faces</translation>
    </message>
    <message>
        <source>Activiteiten voor {group}</source>
        <translation>Activities for {group}</translation>
    </message>
    <message>
        <source>Eigen doelgroepen</source>
        <translation>Own target groups</translation>
    </message>
    <message>
        <source>alle gemeenten</source>
        <translation>all municipalities</translation>
    </message>
</context>
<context>
    <name>MunicipalPage</name>
    <message>
        <source>Alle gemeenten</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <source>Toon rapport</source>
        <translation>Show report</translation>
    </message>
    <message>
        <source>PDF opslaan</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>CSV opslaan</source>
        <translation>Save CSV</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Rapport gemeente</source>
        <translation>Municipal report</translation>
    </message>
    <message>
        <source>Het rapport wordt gemaakt…</source>
        <translation>Making the report…</translation>
    </message>
    <message>
        <source>Bezig met opslaan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Rapport opslaan</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>Buurthuizen: {names}</source>
        <translation>Centres: {names}</translation>
    </message>
    <message>
        <source>Opgeslagen: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>Het bestand kon niet worden opgeslagen.</source>
        <translation>The file could not be saved.</translation>
    </message>
    <message>
        <source>De centrale database gaf geen antwoord.</source>
        <translation>The central database did not answer.</translation>
    </message>
</context>
<context>
    <name>NavigationList</name>
    <message>
        <source>Onderdelen</source>
        <translation>Sections</translation>
    </message>
</context>
<context>
    <name>NewPassDialog</name>
    <message>
        <source>Nieuwe bezoekerspas</source>
        <translation>New visitor pass</translation>
    </message>
    <message>
        <source>Losse kaart (kaartprinter)</source>
        <translation>Single card (card printer)</translation>
    </message>
    <message>
        <source>A4-vel met 10 kaarten om uit te knippen</source>
        <translation>A4 sheet with 10 cards to cut out</translation>
    </message>
    <message>
        <source>De bezoeker geeft toestemming om naam en telefoon te bewaren</source>
        <translation>The visitor consents to keeping name and phone number</translation>
    </message>
    <message>
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Aantal passen</source>
        <translation>Number of passes</translation>
    </message>
    <message>
        <source>Naam en telefoon zijn niet nodig. Alleen met toestemming, en alleen bij één pas.</source>
        <translation>Name and phone are not needed. Only with consent, and only for a single pass.</translation>
    </message>
    <message>
        <source>Naam (mag leeg)</source>
        <translation>Name (may be empty)</translation>
    </message>
    <message>
        <source>Telefoon (mag leeg)</source>
        <translation>Phone (may be empty)</translation>
    </message>
    <message>
        <source>U maakt {count} nieuwe passen. Klopt dat aantal?</source>
        <translation>You are making {count} new passes. Is that number right?</translation>
    </message>
    <message>
        <source>Ja, {count} passen afdrukken</source>
        <translation>Yes, print {count} passes</translation>
    </message>
</context>
<context>
    <name>NewPinDialog</name>
    <message>
        <source>Nieuwe pincode kiezen</source>
        <translation>Choose a new PIN</translation>
    </message>
    <message>
        <source>Een sociaal beheerder heeft een pincode van minstens 6 cijfers. Kies nu een nieuwe pincode.</source>
        <translation>A social manager has a PIN of at least 6 digits. Choose a new PIN now.</translation>
    </message>
    <message>
        <source>Nieuwe pincode (6 cijfers)</source>
        <translation>New PIN (6 digits)</translation>
    </message>
    <message>
        <source>Pincode nog een keer</source>
        <translation>PIN once more</translation>
    </message>
    <message>
        <source>De twee pincodes zijn niet gelijk.</source>
        <translation>The two PINs are not the same.</translation>
    </message>
</context>
<context>
    <name>NewTabDialog</name>
    <message>
        <source>Nieuwe rekening</source>
        <translation>New tab</translation>
    </message>
    <message>
        <source>Naam, bijv. Biljartclub</source>
        <translation>Name, e.g. Billiards club</translation>
    </message>
    <message>
        <source>Jeugdactiviteit (geen alcohol)</source>
        <translation>Youth activity (no alcohol)</translation>
    </message>
    <message>
        <source>Evenement voor publiek van buiten (geen alcohol)</source>
        <translation>Event for the public from outside (no alcohol)</translation>
    </message>
</context>
<context>
    <name>NumbersForm</name>
    <message>
        <source>bijvoorbeeld NL123456789B01</source>
        <translation>for example NL123456789B01</translation>
    </message>
    <message>
        <source>8 cijfers</source>
        <translation>8 digits</translation>
    </message>
    <message>
        <source>bijvoorbeeld NL91 ABNA 0417 1643 00</source>
        <translation>for example NL91 ABNA 0417 1643 00</translation>
    </message>
    <message>
        <source>alleen voor incasso, bijvoorbeeld NL53ZZZ091734220000</source>
        <translation>only for direct debit, for example NL53ZZZ091734220000</translation>
    </message>
    <message>
        <source>bijvoorbeeld NL53ZZZ091734220000</source>
        <translation>for example NL53ZZZ091734220000</translation>
    </message>
    <message>
        <source>alleen voor incasso</source>
        <translation>only for direct debit</translation>
    </message>
    <message>
        <source>Btw-nummer</source>
        <translation>VAT number</translation>
    </message>
    <message>
        <source>KvK-nummer</source>
        <translation>Chamber of Commerce (KvK) number</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Incassant-ID</source>
        <translation>Creditor identifier</translation>
    </message>
</context>
<context>
    <name>OccupancyView</name>
    <message>
        <source>Tonen</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <source>tot en met</source>
        <translation>up to and including</translation>
    </message>
    <message>
        <source>Bezetting {rate:.0%}. Inkomsten zaalhuur: {income}. Waarde van gratis en goedkoper gebruik (tegen commercieel tarief): {given}.</source>
        <translation>Occupancy {rate:.0%}. Room-hire income: {income}. Value of free and discounted use (at the commercial rate): {given}.</translation>
    </message>
</context>
<context>
    <name>OfficeFigures</name>
    <message>
        <source>Bezoeken</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Unieke bezoekers</source>
        <translation>Unique visitors</translation>
    </message>
    <message>
        <source>Activiteiten</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Baromzet</source>
        <translation>Bar turnover</translation>
    </message>
    <message>
        <source>Zaalverhuur</source>
        <translation>Room hire</translation>
    </message>
    <message>
        <source>Bezetting (%)</source>
        <translation>Occupancy (%)</translation>
    </message>
    <message>
        <source>Vrijwilligers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Vrijwilligersuren</source>
        <translation>Volunteer hours</translation>
    </message>
    <message>
        <source>Tevredenheid (%)</source>
        <translation>Satisfaction (%)</translation>
    </message>
    <message>
        <source>vorig jaar {value}</source>
        <translation>last year {value}</translation>
    </message>
</context>
<context>
    <name>OfficeOverviewPage</name>
    <message>
        <source>Dag</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Maand</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Dag in de periode</source>
        <translation>Day in the period</translation>
    </message>
    <message>
        <source>Buurthuizen naast elkaar</source>
        <translation>Centres side by side</translation>
    </message>
    <message>
        <source>Tik op een buurthuis voor zijn dagen en Z-rapporten.</source>
        <translation>Tap a centre for its days and Z-reports.</translation>
    </message>
    <message>
        <source>De cijfers worden opgehaald…</source>
        <translation>Fetching the figures…</translation>
    </message>
    <message>
        <source>{span}, vergeleken met {previous}; stand van de laatste synchronisatie.</source>
        <translation>{span}, compared with {previous}; as of the last sync.</translation>
    </message>
</context>
<context>
    <name>OfficePages</name>
    <message>
        <source>De centrale database kon niet worden gelezen; zie het logbestand.</source>
        <translation>The central database could not be read; see the log file.</translation>
    </message>
    <message>
        <source>Overzicht organisatie</source>
        <translation>Organisation overview</translation>
    </message>
    <message>
        <source>Signalen</source>
        <translation>Signals</translation>
    </message>
    <message>
        <source>Rapport gemeente</source>
        <translation>Municipal report</translation>
    </message>
    <message>
        <source>Prijzen en tarieven</source>
        <translation>Prices and tariffs</translation>
    </message>
</context>
<context>
    <name>OfficePrices</name>
    <message>
        <source>alle buurthuizen</source>
        <translation>all centres</translation>
    </message>
</context>
<context>
    <name>OfficeSignInDialog</name>
    <message>
        <source>Kantoor van de organisatie</source>
        <translation>The organisation&apos;s office</translation>
    </message>
    <message>
        <source>Het kantoor werkt met de centrale database van alle buurthuizen. Vul het adres en het wachtwoord van de kantoorlogin in (desk-app central add-office).</source>
        <translation>The office works with the central database of all centres. Fill in the address and the password of the office login (desk-app central add-office).</translation>
    </message>
    <message>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>CA-certificaat</source>
        <translation>CA certificate</translation>
    </message>
    <message>
        <source>Verbinden met de centrale database…</source>
        <translation>Connecting to the central database…</translation>
    </message>
    <message>
        <source>Verbinden ging onverwacht mis. De details staan in het logbestand.</source>
        <translation>Connecting went wrong unexpectedly. The details are in the log file.</translation>
    </message>
</context>
<context>
    <name>OfficeWindow</name>
    <message>
        <source>Kantoor van de organisatie</source>
        <translation>The organisation&apos;s office</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Tekstgrootte</source>
        <translation>Text size</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Bezoeken per uur</source>
        <translation>Visits per hour</translation>
    </message>
    <message>
        <source>Baromzet per uur (euro)</source>
        <translation>Bar turnover per hour (euros)</translation>
    </message>
    <message>
        <source>Baromzet per dag, afgelopen week (euro)</source>
        <translation>Bar turnover per day, past week (euros)</translation>
    </message>
    <message>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
</context>
<context>
    <name>PageAction</name>
    <message>
        <source>Log eerst in met Wissel (Ctrl+L).</source>
        <translation>Please log in first with Switch (Ctrl+L).</translation>
    </message>
</context>
<context>
    <name>PaidOutDialog</name>
    <message>
        <source>Geld uit de kas</source>
        <translation>Cash out of the drawer</translation>
    </message>
    <message>
        <source>12,50</source>
        <translation>12.50</translation>
    </message>
    <message>
        <source>bijvoorbeeld: boodschappen melk</source>
        <translation>for example: shopping for milk</translation>
    </message>
    <message>
        <source>bijv. boodschappen</source>
        <translation>e.g. shopping</translation>
    </message>
    <message>
        <source>Bedrag (euro)</source>
        <translation>Amount (euros)</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Vul het bedrag in als euro&apos;s, zoals 12,50.</source>
        <translation>Enter the amount in euros, such as 12.50.</translation>
    </message>
</context>
<context>
    <name>PayPanel</name>
    <message>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Wisselgeld</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Terug te geven aan de klant</source>
        <translation>To hand back to the customer</translation>
    </message>
    <message>
        <source>Ontvangen, bijv. 10,00</source>
        <translation>Received, e.g. 10.00</translation>
    </message>
    <message>
        <source>Huurder (voor op rekening)</source>
        <translation>Hirer (for on account)</translation>
    </message>
    <message>
        <source>Koffiekaart scannen</source>
        <translation>Scan coffee card</translation>
    </message>
    <message>
        <source>Gepast</source>
        <translation>Exact</translation>
    </message>
    <message>
        <source>Contant, gepast betaald (F5)</source>
        <translation>Cash, paid exactly (F5)</translation>
    </message>
    <message>
        <source>Op factuur huurder</source>
        <translation>On hirer&apos;s invoice</translation>
    </message>
    <message>
        <source>Eigen consumptie</source>
        <translation>Own consumption</translation>
    </message>
    <message>
        <source>Ontvangen</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Huurder</source>
        <translation>Hirer</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Koffiekaart</source>
        <translation>Coffee card</translation>
    </message>
    <message>
        <source>Typ het ontvangen bedrag, bijvoorbeeld 10,00.</source>
        <translation>Type the amount received, for example 10.00.</translation>
    </message>
    <message>
        <source>Kies eerst de huurder op wiens factuur dit komt.</source>
        <translation>First choose the hirer whose invoice this goes on.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Betaling registreren</source>
        <translation>Register payment</translation>
    </message>
    <message>
        <source>Nodig bij afschrijven</source>
        <translation>Needed for a write-off</translation>
    </message>
    <message>
        <source>Bij afschrijven</source>
        <translation>For a write-off</translation>
    </message>
    <message>
        <source>Registreren</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Factuur {number} van {hirer}: nog open {open}.</source>
        <translation>Invoice {number} from {hirer}: {open} outstanding.</translation>
    </message>
    <message>
        <source>Bedrag (€)</source>
        <translation>Amount (€)</translation>
    </message>
    <message>
        <source>Betaald met</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PaymentMethods</name>
    <message>
        <source>Contant</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Op rekening</source>
        <translation>On account</translation>
    </message>
    <message>
        <source>Vrijwilliger</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Koffiekaart</source>
        <translation>Coffee card</translation>
    </message>
</context>
<context>
    <name>PinForm</name>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Pincode (4 tot 6 cijfers)</source>
        <translation>PIN (4 to 6 digits)</translation>
    </message>
    <message>
        <source>Pincode nog een keer</source>
        <translation>PIN once more</translation>
    </message>
    <message>
        <source>De twee pincodes zijn niet gelijk.</source>
        <translation>The two PINs are not the same.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Wissen</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Nieuwe activiteit</source>
        <translation>New activity</translation>
    </message>
    <message>
        <source>(geen eigen doelgroep)</source>
        <translation>(no own target group)</translation>
    </message>
    <message>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>(geen zaal)</source>
        <translation>(no room)</translation>
    </message>
    <message>
        <source>Voor een kwetsbare groep (bijv. dementie)</source>
        <translation>For a vulnerable group (e.g. dementia)</translation>
    </message>
    <message>
        <source>Groot evenement</source>
        <translation>Large event</translation>
    </message>
    <message>
        <source>Voor publiek van buiten (geen alcohol)</source>
        <translation>For the public from outside (no alcohol)</translation>
    </message>
    <message>
        <source>geen maximum</source>
        <translation>no maximum</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Doelgroep</source>
        <translation>Target group</translation>
    </message>
    <message>
        <source>Eigen doelgroep</source>
        <translation>Own target group</translation>
    </message>
    <message>
        <source>Hoe vaak</source>
        <translation>How often</translation>
    </message>
    <message>
        <source>Eerste dag</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>Laatste dag</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Tot</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Organisator</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>Leiding</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Zaal</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Plaatsen per bijeenkomst</source>
        <translation>Places per session</translation>
    </message>
</context>
<context>
    <name>PriceListDialog</name>
    <message>
        <source>Prijslijst</source>
        <translation>Price list</translation>
    </message>
    <message>
        <source>Producten</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Bevat alcohol</source>
        <translation>Contains alcohol</translation>
    </message>
    <message>
        <source>In de verkoop</source>
        <translation>On sale</translation>
    </message>
    <message>
        <source>Nieuw product</source>
        <translation>New product</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Categorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Prijs incl. btw</source>
        <translation>Price incl. VAT</translation>
    </message>
    <message>
        <source>Btw %</source>
        <translation>VAT %</translation>
    </message>
    <message>
        <source>Geldig vanaf</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>PricesPage</name>
    <message>
        <source>Prijzen en tarieven</source>
        <translation>Prices and tariffs</translation>
    </message>
    <message>
        <source>Prijslijst</source>
        <translation>Price list</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Releases</translation>
    </message>
    <message>
        <source>Zaaltarieven</source>
        <translation>Room tariffs</translation>
    </message>
    <message>
        <source>Groep</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Prijs incl. btw</source>
        <translation>Price incl. VAT</translation>
    </message>
    <message>
        <source>Btw %</source>
        <translation>VAT %</translation>
    </message>
    <message>
        <source>Een gepubliceerde release blijft zoals hij is; een andere prijs gaat met een nieuwe release. Een buurthuis haalt hem binnen bij zijn volgende synchronisatie.</source>
        <translation>A published release stays as it is; another price goes out in a new release. A centre takes it in at its next synchronisation.</translation>
    </message>
    <message>
        <source>Dit lukte onverwacht niet. De details staan in het logbestand.</source>
        <translation>That did not work, unexpectedly. The details are in the log file.</translation>
    </message>
    <message>
        <source>Release {number} is gepubliceerd.</source>
        <translation>Release {number} has been published.</translation>
    </message>
</context>
<context>
    <name>PrinterForm</name>
    <message>
        <source>Geen bonprinter</source>
        <translation>No receipt printer</translation>
    </message>
    <message>
        <source>Netwerkprinter</source>
        <translation>Network printer</translation>
    </message>
    <message>
        <source>USB-printer</source>
        <translation>USB printer</translation>
    </message>
    <message>
        <source>bijvoorbeeld 192.168.1.50</source>
        <translation>for example 192.168.1.50</translation>
    </message>
    <message>
        <source>bijvoorbeeld 04b8</source>
        <translation>for example 04b8</translation>
    </message>
    <message>
        <source>bijvoorbeeld 0e15</source>
        <translation>for example 0e15</translation>
    </message>
    <message>
        <source>Test afdrukken</source>
        <translation>Test print</translation>
    </message>
    <message>
        <source>Bonprinter</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <source>Netwerkadres</source>
        <translation>Network address</translation>
    </message>
    <message>
        <source>Poort</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>USB-leverancier (hex)</source>
        <translation>USB vendor (hex)</translation>
    </message>
    <message>
        <source>USB-product (hex)</source>
        <translation>USB product (hex)</translation>
    </message>
    <message>
        <source>Bezig met afdrukken…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>De proefbon is afgedrukt. Kijk of hij goed leesbaar is.</source>
        <translation>The test receipt was printed. Check that it is easy to read.</translation>
    </message>
    <message>
        <source>De bonprinter antwoordt niet. Staat hij aan en klopt het adres? U kunt ook zonder bonprinter verder.</source>
        <translation>The receipt printer does not answer. Is it on and is the address right? You can also go on without a receipt printer.</translation>
    </message>
    <message>
        <source>De bonprinter gaf binnen {seconds} seconden geen antwoord. U kunt ook zonder bonprinter verder.</source>
        <translation>The receipt printer gave no answer within {seconds} seconds. You can also go on without a receipt printer.</translation>
    </message>
</context>
<context>
    <name>ProductGrid</name>
    <message>
        <source>Nog geen producten.</source>
        <translation>No products yet.</translation>
    </message>
    <message>
        <source>Producten toevoegen</source>
        <translation>Add products</translation>
    </message>
</context>
<context>
    <name>Purposes</name>
    <message>
        <source>Huiskamer</source>
        <translation>Living room</translation>
    </message>
    <message>
        <source>Activiteit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Zaalhuur</source>
        <translation>Room hire</translation>
    </message>
    <message>
        <source>Wijkteam</source>
        <translation>Neighbourhood team</translation>
    </message>
</context>
<context>
    <name>Question</name>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nee</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>RatesEditor</name>
    <message>
        <source>vrijgesteld</source>
        <translation>exempt</translation>
    </message>
    <message>
        <source>9 %</source>
        <translation>9 %</translation>
    </message>
    <message>
        <source>21 %</source>
        <translation>21 %</translation>
    </message>
    <message>
        <source>Per dagdeel (€)</source>
        <translation>Per part of the day (€)</translation>
    </message>
    <message>
        <source>Per uur (€)</source>
        <translation>Per hour (€)</translation>
    </message>
    <message>
        <source>Btw</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Eigen activiteiten van het buurthuis zijn altijd gratis.</source>
        <translation>The centre&apos;s own activities are always free.</translation>
    </message>
    <message>
        <source>Tarieven, exclusief btw</source>
        <translation>Rates, excluding VAT</translation>
    </message>
    <message>
        <source>geen tarief</source>
        <translation>no rate</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Herstel vanuit de centrale database</source>
        <translation>Recover from the central database</translation>
    </message>
    <message>
        <source>Herstellen</source>
        <translation>Recover</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Niet terug komen: namen en telefoonnummers van bezoekers (die gaan om hun privacy nooit naar de centrale database), IBAN&apos;s van huurders, de pincodes van de anderen en wat na de laatste synchronisatie is ingevoerd.</source>
        <translation>Not coming back: visitors&apos; names and phone numbers (for their privacy they never go to the central database), hirers&apos; IBANs, the other people&apos;s PINs and whatever was entered after the last sync.</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>CA-certificaat</source>
        <translation>CA certificate</translation>
    </message>
    <message>
        <source>Is de pc van dit buurthuis kwijt of kapot? Dan haalt de app alles terug wat de centrale database van dit buurthuis heeft. Vul het adres en wachtwoord in die het kantoor gaf, en een nieuwe pincode voor de sociaal beheerders.</source>
        <translation>Is this centre&apos;s PC lost or broken? Then the app brings back everything the central database holds of this centre. Fill in the address and password the office gave, and a new PIN for the social managers.</translation>
    </message>
    <message>
        <source>Nieuwe pincode</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <source>Pincode nog een keer</source>
        <translation>PIN once more</translation>
    </message>
    <message>
        <source>De twee pincodes zijn niet gelijk.</source>
        <translation>The two PINs are not the same.</translation>
    </message>
    <message>
        <source>Bezig met herstellen…</source>
        <translation>Recovering…</translation>
    </message>
    <message>
        <source>Het herstel ging onverwacht mis. De details staan in het logbestand.</source>
        <translation>The recovery failed unexpectedly. The details are in the log file.</translation>
    </message>
</context>
<context>
    <name>Recurrences</name>
    <message>
        <source>Eenmalig</source>
        <translation>Once</translation>
    </message>
    <message>
        <source>Elke week</source>
        <translation>Every week</translation>
    </message>
    <message>
        <source>Om de week</source>
        <translation>Every other week</translation>
    </message>
    <message>
        <source>Elke maand</source>
        <translation>Every month</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>{kind} tot {day}</source>
        <translation>{kind} until {day}</translation>
    </message>
    <message>
        <source>Vrijwilligersregister</source>
        <translation>Volunteer register</translation>
    </message>
    <message>
        <source>Naam van de nieuwe vrijwilliger</source>
        <translation>Name of the new volunteer</translation>
    </message>
    <message>
        <source>Certificaat afgegeven op</source>
        <translation>Certificate issued on</translation>
    </message>
    <message>
        <source>Certificaat geldig tot</source>
        <translation>Certificate valid until</translation>
    </message>
    <message>
        <source>Verloopt niet</source>
        <translation>Does not expire</translation>
    </message>
    <message>
        <source>Vrijwilliger toevoegen</source>
        <translation>Add volunteer</translation>
    </message>
    <message>
        <source>Gekozen vrijwilliger wijzigen</source>
        <translation>Change chosen volunteer</translation>
    </message>
    <message>
        <source>Beschikbaarheid</source>
        <translation>Availability</translation>
    </message>
    <message>
        <source>Certificaat toevoegen aan gekozen vrijwilliger</source>
        <translation>Add certificate to chosen volunteer</translation>
    </message>
    <message>
        <source>Badge afdrukken</source>
        <translation>Print badge</translation>
    </message>
    <message>
        <source>Register alcoholwet (IVA/SVH)</source>
        <translation>Alcohol law register (IVA/SVH)</translation>
    </message>
    <message>
        <source>Kies eerst een vrijwilliger in de lijst.</source>
        <translation>Please choose a volunteer in the list first.</translation>
    </message>
    <message>
        <source>Toegevoegd: {name}</source>
        <translation>Added: {name}</translation>
    </message>
    <message>
        <source>Beschikbaarheid vastgelegd.</source>
        <translation>Availability recorded.</translation>
    </message>
    <message>
        <source>Gewijzigd: {name}</source>
        <translation>Changed: {name}</translation>
    </message>
    <message>
        <source>Certificaat vastgelegd.</source>
        <translation>Certificate recorded.</translation>
    </message>
</context>
<context>
    <name>ReleaseForm</name>
    <message>
        <source>Gaat in op</source>
        <translation>Takes effect on</translation>
    </message>
    <message>
        <source>Voor</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Publiceren</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>Alle buurthuizen</source>
        <translation>All centres</translation>
    </message>
</context>
<context>
    <name>ReminderLevels</name>
    <message>
        <source>herinnering</source>
        <translation>reminder</translation>
    </message>
    <message>
        <source>aanmaning</source>
        <translation>final notice</translation>
    </message>
</context>
<context>
    <name>ReversalDialog</name>
    <message>
        <source>Bon terugdraaien</source>
        <translation>Reverse receipt</translation>
    </message>
    <message>
        <source>Bonnummer</source>
        <translation>Receipt number</translation>
    </message>
    <message>
        <source>Pincode beheerder</source>
        <translation>Manager&apos;s PIN</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Betaling terugdraaien</source>
        <translation>Reverse payment</translation>
    </message>
    <message>
        <source>Betalingen op factuur {number}:</source>
        <translation>Payments on invoice {number}:</translation>
    </message>
    <message>
        <source>Betalingen</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Terugdraaien</source>
        <translation>Reverse</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kies eerst een betaling in de lijst.</source>
        <translation>Please choose a payment in the list first.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>baliemedewerker</source>
        <translation>receptionist</translation>
    </message>
    <message>
        <source>barvrijwilliger</source>
        <translation>bar volunteer</translation>
    </message>
    <message>
        <source>sociaal beheerder</source>
        <translation>social manager</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <source>Nieuwe zaal</source>
        <translation>New room</translation>
    </message>
    <message>
        <source>Zaal wijzigen</source>
        <translation>Change room</translation>
    </message>
    <message>
        <source> personen</source>
        <translation> people</translation>
    </message>
    <message>
        <source>bijv. beamer, keuken, piano</source>
        <translation>e.g. projector, kitchen, piano</translation>
    </message>
    <message>
        <source>bijv. beamer, keuken</source>
        <translation>e.g. projector, kitchen</translation>
    </message>
    <message>
        <source>In gebruik (te boeken)</source>
        <translation>In use (can be booked)</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Capaciteit</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Voorzieningen</source>
        <translation>Facilities</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RoomsAdmin</name>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Alleen de sociaal beheerder kan dit wijzigen. Laat de sociaal beheerder inloggen met Wissel.</source>
        <translation>Only the social manager can change this. Let the social manager log in with Switch.</translation>
    </message>
    <message>
        <source>organisatie</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>particulier</source>
        <translation>private person</translation>
    </message>
</context>
<context>
    <name>RoomsAdminView</name>
    <message>
        <source>Nieuwe zaal…</source>
        <translation>New room…</translation>
    </message>
    <message>
        <source>Zaal wijzigen…</source>
        <translation>Change room…</translation>
    </message>
    <message>
        <source>Tarieven opslaan</source>
        <translation>Save rates</translation>
    </message>
    <message>
        <source>Besloten feesten met alcohol per jaar</source>
        <translation>Private parties with alcohol a year</translation>
    </message>
    <message>
        <source>Maximum opslaan</source>
        <translation>Save maximum</translation>
    </message>
    <message>
        <source>Besloten feesten met alcohol per jaar (gemeente):</source>
        <translation>Private parties with alcohol a year (municipality):</translation>
    </message>
    <message>
        <source>Zalen en tarieven wijzigen kan alleen de sociaal beheerder (inloggen met Wissel).</source>
        <translation>Only the social manager can change rooms and rates (log in with Switch).</translation>
    </message>
    <message>
        <source>Kies eerst een zaal in de lijst.</source>
        <translation>Please choose a room in the list first.</translation>
    </message>
    <message>
        <source>{room} is opgeslagen.</source>
        <translation>{room} has been saved.</translation>
    </message>
    <message>
        <source>De tarieven van {room} zijn opgeslagen.</source>
        <translation>The rates of {room} have been saved.</translation>
    </message>
    <message>
        <source>Het maximum aantal besloten feesten is opgeslagen.</source>
        <translation>The maximum number of private parties has been saved.</translation>
    </message>
</context>
<context>
    <name>RoomsPage</name>
    <message>
        <source>Weekagenda</source>
        <translation>Week calendar</translation>
    </message>
    <message>
        <source>Vrije zaal zoeken</source>
        <translation>Find a free room</translation>
    </message>
    <message>
        <source>Bezetting</source>
        <translation>Occupancy</translation>
    </message>
    <message>
        <source>Facturen</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <source>Zalen en tarieven</source>
        <translation>Rooms and rates</translation>
    </message>
    <message>
        <source>Huurders</source>
        <translation>Hirers</translation>
    </message>
    <message>
        <source>Nog geen zalen. Voeg de zalen toe die het buurthuis verhuurt.</source>
        <translation>No rooms yet. Add the rooms the centre hires out.</translation>
    </message>
    <message>
        <source>Zaal toevoegen</source>
        <translation>Add a room</translation>
    </message>
    <message>
        <source>Zalen</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <source>Nieuwe boeking ({keys})</source>
        <translation>New booking ({keys})</translation>
    </message>
    <message>
        <source>Een zaal boeken, vanaf het eerste vrije dagdeel</source>
        <translation>Book a room, from the first free part of the day</translation>
    </message>
    <message>
        <source>Er is nog geen zaal. Voeg eerst een zaal toe bij Zalen en tarieven.</source>
        <translation>There is no room yet. Add a room first under Rooms and rates.</translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <source>Rooster</source>
        <translation>Roster</translation>
    </message>
    <message>
        <source>Vorige week</source>
        <translation>Previous week</translation>
    </message>
    <message>
        <source>Volgende week</source>
        <translation>Next week</translation>
    </message>
    <message>
        <source>De week</source>
        <translation>The week</translation>
    </message>
    <message>
        <source>Dienst inplannen</source>
        <translation>Plan a shift</translation>
    </message>
    <message>
        <source>Gat vullen</source>
        <translation>Fill the gap</translation>
    </message>
    <message>
        <source>Niet deze keer</source>
        <translation>Not this time</translation>
    </message>
    <message>
        <source>Ruilen</source>
        <translation>Swap</translation>
    </message>
    <message>
        <source>Week afdrukken (PDF)</source>
        <translation>Print the week (PDF)</translation>
    </message>
    <message>
        <source>Wekelijkse dienst stoppen</source>
        <translation>Stop weekly shift</translation>
    </message>
    <message>
        <source>Dag dicht…</source>
        <translation>Close a day…</translation>
    </message>
    <message>
        <source>Week {number}: {first} t/m {last}</source>
        <translation>Week {number}: {first} to {last}</translation>
    </message>
    <message>
        <source>Kies eerst een dag en dagdeel in de week.</source>
        <translation>First choose a day and part of the day in the week.</translation>
    </message>
    <message>
        <source>Kies eerst een gat in de lijst.</source>
        <translation>First choose a gap in the list.</translation>
    </message>
    <message>
        <source>Kies eerst een dienst in de lijst Diensten.</source>
        <translation>First choose a shift in the Shifts list.</translation>
    </message>
    <message>
        <source>Dienst van {name} gaat deze keer niet door.</source>
        <translation>The shift of {name} is off this time.</translation>
    </message>
    <message>
        <source>De wekelijkse dienst van {name} stoppen vanaf {day}?</source>
        <translation>Stop the weekly shift of {name} from {day}?</translation>
    </message>
    <message>
        <source>De wekelijkse dienst van {name} stopt vanaf {day}.</source>
        <translation>The weekly shift of {name} stops from {day}.</translation>
    </message>
</context>
<context>
    <name>RosterLists</name>
    <message>
        <source>Gaten in het rooster</source>
        <translation>Gaps in the roster</translation>
    </message>
    <message>
        <source>Diensten</source>
        <translation>Shifts</translation>
    </message>
    <message>
        <source>Gepland en werkelijk</source>
        <translation>Planned and actual</translation>
    </message>
    <message>
        <source>Gaten</source>
        <translation>Gaps</translation>
    </message>
    <message>
        <source>Gaten ({count})</source>
        <translation>Gaps ({count})</translation>
    </message>
    <message>
        <source>Gepland en werkelijk ({count})</source>
        <translation>Planned and actual ({count})</translation>
    </message>
</context>
<context>
    <name>RosterWeekModel</name>
    <message>
        <source>dicht: {name}</source>
        <translation>closed: {name}</translation>
    </message>
    <message>
        <source>dicht</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>{task}: {name}</source>
        <translation>{task}: {name}</translation>
    </message>
    <message>
        <source>(gat)</source>
        <translation>(gap)</translation>
    </message>
</context>
<context>
    <name>ScanOutcome</name>
    <message>
        <source>Laatste scan</source>
        <translation>Last scan</translation>
    </message>
</context>
<context>
    <name>ScanRouter</name>
    <message>
        <source>Scan bewaard: die wordt verwerkt zodra iemand is ingelogd.</source>
        <translation>Scan kept: it is handled as soon as someone logs in.</translation>
    </message>
    <message>
        <source>Scan bewaard: die wordt verwerkt zodra dit venster dicht is.</source>
        <translation>Scan kept: it is handled as soon as this window is closed.</translation>
    </message>
    <message>
        <source>{count} scan(s) niet verwerkt: ze wachtten te lang. Scan de pas opnieuw.</source>
        <translation>{count} scan(s) not handled: they waited too long. Scan the pass again.</translation>
    </message>
</context>
<context>
    <name>ScanText</name>
    <message>
        <source>Deze pas is net al gescand. Het bezoek telt één keer.</source>
        <translation>This pass was just scanned. The visit counts once.</translation>
    </message>
    <message>
        <source>Tot ziens! De bezoeker is uitgecheckt.</source>
        <translation>Goodbye! The visitor has been checked out.</translation>
    </message>
    <message>
        <source>Bezoek geteld voor {activity}.</source>
        <translation>Visit counted for {activity}.</translation>
    </message>
    <message>
        <source>Welkom! Eerste bezoek met deze pas, geteld.</source>
        <translation>Welcome! First visit with this pass, counted.</translation>
    </message>
    <message>
        <source>Welkom terug! Bezoek geteld.</source>
        <translation>Welcome back! Visit counted.</translation>
    </message>
    <message>
        <source>Deze pas is net uitgecheckt. De tweede scan telt niet.</source>
        <translation>This pass has just been checked out. The second scan does not count.</translation>
    </message>
    <message>
        <source>Welkom, {name}! U bent aangemeld als vrijwilliger.</source>
        <translation>Welcome, {name}! You are signed in as a volunteer.</translation>
    </message>
    <message>
        <source>Tot ziens, {name}! U bent afgemeld.</source>
        <translation>Goodbye, {name}! You are signed out.</translation>
    </message>
    <message>
        <source>{name} is net al aangemeld. De tweede scan telt niet.</source>
        <translation>{name} has just signed in. The second scan does not count.</translation>
    </message>
    <message>
        <source>{name} is net al afgemeld. De tweede scan telt niet.</source>
        <translation>{name} has just signed out. The second scan does not count.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Centrale database</source>
        <translation>Central database</translation>
    </message>
    <message>
        <source>Reservekopieën</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Synchronisatie</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Buurthuisgegevens, openingstijden en dagdelen…</source>
        <translation>Centre details, opening hours and parts of the day…</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>CA-certificaat</source>
        <translation>CA certificate</translation>
    </message>
    <message>
        <source>Het wachtwoord wordt veilig in Windows of de sleutelbos bewaard. Een server buiten deze pc wordt alleen versleuteld bereikt, gecontroleerd met het CA-certificaat van de organisatie.</source>
        <translation>The password is kept safely in Windows or the keyring. A server outside this PC is reached only encrypted, checked with the organisation&apos;s CA certificate.</translation>
    </message>
    <message>
        <source>Kiezen…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>{days} dagen</source>
        <translation>{days} days</translation>
    </message>
    <message>
        <source>Bewaren</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Elke dag één kopie; een USB-stick of netwerkmap kan ook.</source>
        <translation>One copy a day; a USB stick or network folder works too.</translation>
    </message>
    <message>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Elke nacht worden de gegevens dan naar de centrale database gestuurd.</source>
        <translation>Every night the data is then sent to the central database.</translation>
    </message>
    <message>
        <source>nog niet gekozen; nodig voor een server buiten deze pc</source>
        <translation>not chosen yet; needed for a server outside this PC</translation>
    </message>
    <message>
        <source>bewaard; leeg laten om niet te wijzigen</source>
        <translation>stored; leave empty to keep it</translation>
    </message>
    <message>
        <source>nog niet ingesteld</source>
        <translation>not set yet</translation>
    </message>
    <message>
        <source>Map voor reservekopieën</source>
        <translation>Folder for backups</translation>
    </message>
    <message>
        <source>CA-certificaat van de organisatie</source>
        <translation>The organisation&apos;s CA certificate</translation>
    </message>
    <message>
        <source>Certificaten (*.pem *.crt *.cer);;Alle bestanden (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>{file} (wordt bewaard bij Opslaan)</source>
        <translation>{file} (kept on Save)</translation>
    </message>
    <message>
        <source>De instellingen zijn opgeslagen.</source>
        <translation>The settings have been saved.</translation>
    </message>
    <message>
        <source>De instellingen zijn opgeslagen, maar de nachtelijke taak kon niet worden verzet. Installeer de app opnieuw en kies daarbij de nieuwe tijd.</source>
        <translation>The settings have been saved, but the nightly task could not be moved. Install the app again and choose the new time while doing so.</translation>
    </message>
    <message>
        <source>De instellingen zijn opgeslagen; de nachtelijke taak is verzet naar {time}.</source>
        <translation>The settings have been saved; the nightly task has been moved to {time}.</translation>
    </message>
</context>
<context>
    <name>SettleTabDialog</name>
    <message>
        <source>Rekening {name}</source>
        <translation>Tab {name}</translation>
    </message>
    <message>
        <source>Totaal {amount}</source>
        <translation>Total {amount}</translation>
    </message>
    <message>
        <source>Huurder (voor op factuur)</source>
        <translation>Hirer (to invoice)</translation>
    </message>
    <message>
        <source>Op factuur huurder</source>
        <translation>On the hirer&apos;s invoice</translation>
    </message>
    <message>
        <source>Rekening sluiten</source>
        <translation>Close tab</translation>
    </message>
    <message>
        <source>Contant gepast</source>
        <translation>Exact cash</translation>
    </message>
    <message>
        <source>Doorschuiven naar later</source>
        <translation>Carry over to later</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Er staat niets op deze rekening. Sluit hem, dan is hij weg.</source>
        <translation>There is nothing on this tab. Close it and it is gone.</translation>
    </message>
    <message>
        <source>Kies eerst de huurder op wiens factuur dit komt.</source>
        <translation>First choose the hirer whose invoice this goes on.</translation>
    </message>
</context>
<context>
    <name>SettlementMethods</name>
    <message>
        <source>Bank</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <source>Contant aan de balie</source>
        <translation>Cash at the desk</translation>
    </message>
    <message>
        <source>Pin aan de balie</source>
        <translation>Card at the desk</translation>
    </message>
    <message>
        <source>Incasso</source>
        <translation>Direct debit</translation>
    </message>
    <message>
        <source>Afgeschreven</source>
        <translation>Written off</translation>
    </message>
</context>
<context>
    <name>ShiftPickDialog</name>
    <message>
        <source>Dienst inplannen</source>
        <translation>Plan a shift</translation>
    </message>
    <message>
        <source>{day}, {part}</source>
        <translation>{day}, {part}</translation>
    </message>
    <message>
        <source>Elke week op deze dag en dit dagdeel</source>
        <translation>Every week on this day and part of the day</translation>
    </message>
    <message>
        <source>Vrijwilligers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Taak</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Inplannen</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Kies eerst een vrijwilliger in de lijst.</source>
        <translation>First choose a volunteer in the list.</translation>
    </message>
</context>
<context>
    <name>ShiftTasks</name>
    <message>
        <source>baliedienst</source>
        <translation>reception</translation>
    </message>
    <message>
        <source>bardienst</source>
        <translation>bar</translation>
    </message>
    <message>
        <source>BHV</source>
        <translation>BHV</translation>
    </message>
    <message>
        <source>activiteitenbegeleiding</source>
        <translation>activity leader</translation>
    </message>
    <message>
        <source>jongerenwerk</source>
        <translation>youth work</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>{text} ({keys})</source>
        <translation>{text} ({keys})</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <source>Scan uw badge om aan of af te melden</source>
        <translation>Scan your badge to sign in or out</translation>
    </message>
    <message>
        <source>Pincode</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Aan- of afmelden</source>
        <translation>Sign in or out</translation>
    </message>
    <message>
        <source>Geen badge bij de hand? Kies uw naam en typ uw pincode:</source>
        <translation>No badge at hand? Choose your name and type your PIN:</translation>
    </message>
</context>
<context>
    <name>SignOffPanel</name>
    <message>
        <source>2. Vergelijken en aftekenen</source>
        <translation>2. Compare and sign off</translation>
    </message>
    <message>
        <source>bijvoorbeeld: wisselgeld fout</source>
        <translation>for example: wrong change given</translation>
    </message>
    <message>
        <source>bijv. wisselgeld fout</source>
        <translation>e.g. wrong change</translation>
    </message>
    <message>
        <source>bedrag in euro</source>
        <translation>amount in euro</translation>
    </message>
    <message>
        <source>alleen bij een verschil</source>
        <translation>only when there is a difference</translation>
    </message>
    <message>
        <source>Dag afsluiten</source>
        <translation>Close the day</translation>
    </message>
    <message>
        <source>Verwacht in de kas</source>
        <translation>Expected in the drawer</translation>
    </message>
    <message>
        <source>Kasverschil</source>
        <translation>Cash difference</translation>
    </message>
    <message>
        <source>Reden van het verschil</source>
        <translation>Reason for the difference</translation>
    </message>
    <message>
        <source>Wisselgeld voor morgen (euro)</source>
        <translation>Float for tomorrow (euros)</translation>
    </message>
    <message>
        <source>Totaal van de pinautomaat (euro)</source>
        <translation>Card terminal total (euros)</translation>
    </message>
    <message>
        <source>Reden pinverschil</source>
        <translation>Reason for the card difference</translation>
    </message>
    <message>
        <source>Eindtijd voor wie nog is aangemeld</source>
        <translation>End time for those still signed in</translation>
    </message>
    <message>
        <source>Uw pincode</source>
        <translation>Your PIN</translation>
    </message>
    <message>
        <source>(groot verschil: geef een reden)</source>
        <translation>(large difference: give a reason)</translation>
    </message>
    <message>
        <source>eerst tellen</source>
        <translation>count first</translation>
    </message>
</context>
<context>
    <name>SignUpPanel</name>
    <message>
        <source>pas {code}</source>
        <translation>pass {code}</translation>
    </message>
    <message>
        <source>plaats</source>
        <translation>place</translation>
    </message>
    <message>
        <source>wachtlijst {number}</source>
        <translation>waiting list {number}</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>(naam onbekend)</source>
        <translation>(name unknown)</translation>
    </message>
    <message>
        <source>Scan een pas om aan te melden, of een strippenkaart om te stempelen</source>
        <translation>Scan a pass to sign up, or a multi-visit card to stamp it</translation>
    </message>
    <message>
        <source>Naam van wie zich aanmeldt</source>
        <translation>Name of the person signing up</translation>
    </message>
    <message>
        <source>Aantal plaatsen</source>
        <translation>Number of places</translation>
    </message>
    <message>
        <source>&lt; Terug naar het programma</source>
        <translation>&lt; Back to the programme</translation>
    </message>
    <message>
        <source>Aanmelden</source>
        <translation>Sign up</translation>
    </message>
    <message>
        <source>Afmelden</source>
        <translation>Cancel sign-up</translation>
    </message>
    <message>
        <source>Is er</source>
        <translation>Is here</translation>
    </message>
    <message>
        <source>Plaatsen instellen</source>
        <translation>Set places</translation>
    </message>
    <message>
        <source>Stempel terugdraaien</source>
        <translation>Undo a stamp</translation>
    </message>
    <message>
        <source>{activity} op {day}: {taken} aangemeld, geen maximum</source>
        <translation>{activity} on {day}: {taken} signed up, no maximum</translation>
    </message>
    <message>
        <source>{activity} op {day}: {taken} van {capacity} plaatsen bezet, {waiting} op de wachtlijst</source>
        <translation>{activity} on {day}: {taken} of {capacity} places taken, {waiting} on the waiting list</translation>
    </message>
    <message>
        <source>Gekomen: {came}, niet gekomen: {absent}; zonder aanmelding: {unsigned} met pas, {walk_ins} geteld; {stamps} strip(pen) gestempeld</source>
        <translation>Came: {came}, did not come: {absent}; without signing up: {unsigned} with a pass, {walk_ins} counted; {stamps} stamp(s) on cards</translation>
    </message>
    <message>
        <source>Strippenkaart gestempeld; nog {left} van {stamps} strippen.</source>
        <translation>Multi-visit card stamped; {left} of {stamps} stamps left.</translation>
    </message>
    <message>
        <source>Vol: {who} staat op de wachtlijst.</source>
        <translation>Full: {who} is on the waiting list.</translation>
    </message>
    <message>
        <source>{who} is aangemeld.</source>
        <translation>{who} is signed up.</translation>
    </message>
    <message>
        <source>Kies eerst een aanmelding in de lijst.</source>
        <translation>Choose a sign-up in the list first.</translation>
    </message>
    <message>
        <source>Van de wachtlijst naar een plaats, even bellen: {names}</source>
        <translation>Moved up from the waiting list to a place, please call: {names}</translation>
    </message>
    <message>
        <source>De lijst is bijgewerkt.</source>
        <translation>The list is updated.</translation>
    </message>
    <message>
        <source>Stempel teruggedraaid; nog {left} van {stamps} strippen.</source>
        <translation>Stamp undone; {left} of {stamps} stamps left.</translation>
    </message>
</context>
<context>
    <name>SignalKind</name>
    <message>
        <source>Niet gesynchroniseerd</source>
        <translation>Not synced</translation>
    </message>
    <message>
        <source>Synchronisatie mislukt</source>
        <translation>Sync failed</translation>
    </message>
    <message>
        <source>Dubbele boeking</source>
        <translation>Double booking</translation>
    </message>
    <message>
        <source>Geweigerde records</source>
        <translation>Refused records</translation>
    </message>
    <message>
        <source>Te laat na afsluiting</source>
        <translation>Late after the close</translation>
    </message>
    <message>
        <source>Nummer twee keer gegeven</source>
        <translation>Number given twice</translation>
    </message>
</context>
<context>
    <name>Signals</name>
    <message>
        <source>{name} heeft nog nooit gesynchroniseerd.</source>
        <translation>{name} has never synced.</translation>
    </message>
    <message>
        <source>{name} synchroniseert niet meer.</source>
        <translation>{name} no longer syncs.</translation>
    </message>
    <message>
        <source>Bel het buurthuis: staat de balie-pc aan en heeft hij internet? Laat de beheerder Beheer › Synchroniseren kiezen en de melding in Beheer › Synchronisatielog en fouten voorlezen.</source>
        <translation>Call the centre: is the desk PC on and does it have internet? Have the manager choose Manage › Sync and read out the message in Manage › Sync log and errors.</translation>
    </message>
    <message>
        <source>De balie kon de centrale database bereiken, maar de synchronisatie mislukte. Lees de melding met de sociaal beheerder; past die niet bij de balie, dan ligt het aan de centrale database. De melding verdwijnt na de eerste synchronisatie die lukt.</source>
        <translation>The desk reached the central database, but the sync failed. Read the message with the social manager; if it does not fit the desk, the central database is at fault. The signal disappears after the first sync that succeeds.</translation>
    </message>
    <message>
        <source>{room}: {first} en {second} overlappen op {day}.</source>
        <translation>{room}: {first} and {second} overlap on {day}.</translation>
    </message>
    <message>
        <source>Laat het buurthuis met beide huurders overleggen en één van de twee boekingen annuleren; na de volgende synchronisatie verdwijnt de melding.</source>
        <translation>Have the centre talk to both hirers and cancel one of the two bookings; after the next sync the signal goes away.</translation>
    </message>
    <message>
        <source>Bekijk de rijen met desk-app central errors. Ligt het aan de balie, laat het buurthuis de fout herstellen; is de centrale database bijgewerkt, schrijf de rij opnieuw met desk-app central payload --apply.</source>
        <translation>Look at the rows with desk-app central errors. If the desk is at fault, have the centre correct it; if the central database has been upgraded, write the row again with desk-app central payload --apply.</translation>
    </message>
    <message>
        <source>{count} record(s) in {table} geweigerd: {reason}</source>
        <translation>{count} record(s) in {table} refused: {reason}</translation>
    </message>
    <message>
        <source>{count} record(s) in {table} kwamen binnen na de dagafsluiting.</source>
        <translation>{count} record(s) in {table} arrived after the end-of-day close.</translation>
    </message>
    <message>
        <source>Vraag de sociaal beheerder waarom er na de afsluiting nog iets is vastgelegd (een klok die verkeerd staat, een tweede balie) en tel het mee bij de volgende dag.</source>
        <translation>Ask the social manager why something was recorded after the close (a clock set wrong, a second desk) and count it with the next day.</translation>
    </message>
    <message>
        <source>Nummer {number} ({kind}) is twee keer gegeven; de tweede is niet bewaard.</source>
        <translation>Number {number} ({kind}) was given twice; the second was not stored.</translation>
    </message>
    <message>
        <source>Zoek met het buurthuis uit welke van de twee klopt (desk-app central conflicts); meestal is een oude reservekopie teruggezet.</source>
        <translation>Find out with the centre which of the two is right (desk-app central conflicts); usually an old backup was restored.</translation>
    </message>
</context>
<context>
    <name>SignalsPage</name>
    <message>
        <source>Opnieuw ophalen</source>
        <translation>Fetch again</translation>
    </message>
    <message>
        <source>Synchronisatie per buurthuis</source>
        <translation>Sync per centre</translation>
    </message>
    <message>
        <source>Open signalen</source>
        <translation>Open signals</translation>
    </message>
    <message>
        <source>nooit</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Balie {when}: gelukt.</source>
        <translation>Desk {when}: succeeded.</translation>
    </message>
    <message>
        <source>Balie {when}: mislukt.</source>
        <translation>Desk {when}: failed.</translation>
    </message>
    <message>
        <source>De centrale database wordt gevraagd…</source>
        <translation>Asking the central database…</translation>
    </message>
    <message>
        <source>{count} open signaal/signalen (gevraagd {when}).</source>
        <translation>{count} open signal(s) (asked {when}).</translation>
    </message>
    <message>
        <source>Geen open signalen (gevraagd {when}).</source>
        <translation>No open signals (asked {when}).</translation>
    </message>
</context>
<context>
    <name>SlipPrinting</name>
    <message>
        <source>De bonprinter is niet bereikbaar; wat u deed is wel opgeslagen.</source>
        <translation>The receipt printer cannot be reached; what you did has been saved.</translation>
    </message>
</context>
<context>
    <name>StarterProductsEditor</name>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Prijs</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Categorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Btw</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>Alcohol</translation>
    </message>
    <message>
        <source>Voorgestelde prijslijst</source>
        <translation>Suggested price list</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Prijzen zijn inclusief btw. Haal het vinkje weg bij wat u niet verkoopt; dubbeltik op een naam of prijs om die te veranderen.</source>
        <translation>Prices include VAT. Untick what you do not sell; double-tap a name or price to change it.</translation>
    </message>
</context>
<context>
    <name>StarterRoomsEditor</name>
    <message>
        <source>Zaal</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Prijs per dagdeel</source>
        <translation>Price per part of the day</translation>
    </message>
    <message>
        <source>Voorgestelde zalen</source>
        <translation>Suggested rooms</translation>
    </message>
    <message>
        <source>Verenigingen betalen zonder btw, bedrijven het dubbele met 21 % btw. Haal het vinkje weg bij een zaal die u niet verhuurt.</source>
        <translation>Associations pay without VAT, businesses twice that with 21 % VAT. Untick a room you do not hire out.</translation>
    </message>
</context>
<context>
    <name>SwapDialog</name>
    <message>
        <source>Dienst ruilen</source>
        <translation>Swap a shift</translation>
    </message>
    <message>
        <source>{task} op {day}, {part}: {name}</source>
        <translation>{task} on {day}, {part}: {name}</translation>
    </message>
    <message>
        <source>Wie neemt de dienst over</source>
        <translation>Who takes the shift over</translation>
    </message>
    <message>
        <source>wie de dienst overneemt</source>
        <translation>whoever takes the shift over</translation>
    </message>
    <message>
        <source>Akkoord gegeven door</source>
        <translation>Agreed by</translation>
    </message>
    <message>
        <source>Ruilen</source>
        <translation>Swap</translation>
    </message>
    <message>
        <source>Kies eerst wie de dienst overneemt.</source>
        <translation>First choose who takes the shift over.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>bezig…</source>
        <translation>busy…</translation>
    </message>
    <message>
        <source>bezig… {done} van {total}</source>
        <translation>busy… {done} of {total}</translation>
    </message>
    <message>
        <source>mislukt; zie het logbestand</source>
        <translation>failed; see the log file</translation>
    </message>
    <message>
        <source>laatste poging mislukt</source>
        <translation>last attempt failed</translation>
    </message>
    <message>
        <source>{count} records nog niet verzonden</source>
        <translation>{count} records not yet sent</translation>
    </message>
</context>
<context>
    <name>SyncLog</name>
    <message>
        <source>{sent} verzonden, {rejected} geweigerd, {received} ontvangen; dubbele boekingen niet opgehaald</source>
        <translation>{sent} sent, {rejected} rejected, {received} received; double bookings not fetched</translation>
    </message>
    <message>
        <source>{sent} verzonden, {rejected} geweigerd, {received} ontvangen; {conflicts} dubbele boeking(en) in de centrale database</source>
        <translation>{sent} sent, {rejected} rejected, {received} received; {conflicts} double booking(s) in the central database</translation>
    </message>
    <message>
        <source>{sent} verzonden, {rejected} geweigerd, {received} ontvangen</source>
        <translation>{sent} sent, {rejected} rejected, {received} received</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>niet afgerond</source>
        <translation>not finished</translation>
    </message>
    <message>
        <source>gelukt</source>
        <translation>succeeded</translation>
    </message>
    <message>
        <source>mislukt</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>Nu synchroniseren</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Fouten ophalen</source>
        <translation>Fetch errors</translation>
    </message>
    <message>
        <source>Logboek van deze pc</source>
        <translation>Log of this PC</translation>
    </message>
    <message>
        <source>Geweigerde records ({count})</source>
        <translation>Rejected records ({count})</translation>
    </message>
    <message>
        <source>Geweigerde records (nog niet opgehaald)</source>
        <translation>Rejected records (not fetched yet)</translation>
    </message>
    <message>
        <source>Dubbele boekingen ({count})</source>
        <translation>Double bookings ({count})</translation>
    </message>
    <message>
        <source>Centrale database: {url}</source>
        <translation>Central database: {url}</translation>
    </message>
    <message>
        <source>Nog geen centrale database ingesteld: vul het adres in en sla op.</source>
        <translation>No central database set up yet: enter the address and save.</translation>
    </message>
    <message>
        <source>De synchronisatie loopt op de achtergrond…</source>
        <translation>The sync is running in the background…</translation>
    </message>
    <message>
        <source>De synchronisatie is klaar.</source>
        <translation>The sync has finished.</translation>
    </message>
    <message>
        <source>De centrale database wordt gevraagd…</source>
        <translation>Asking the central database…</translation>
    </message>
    <message>
        <source>{errors} geweigerde record(s) en {conflicts} dubbele boeking(en).</source>
        <translation>{errors} rejected record(s) and {conflicts} double booking(s).</translation>
    </message>
    <message>
        <source>Ophalen mislukt; zie het logbestand.</source>
        <translation>Fetching failed; see the log file.</translation>
    </message>
</context>
<context>
    <name>SyncedTables</name>
    <message>
        <source>buurthuisgegevens</source>
        <translation>centre details</translation>
    </message>
    <message>
        <source>openingstijden</source>
        <translation>opening hours</translation>
    </message>
    <message>
        <source>dagdelen</source>
        <translation>parts of the day</translation>
    </message>
    <message>
        <source>personen</source>
        <translation>people</translation>
    </message>
    <message>
        <source>certificaten</source>
        <translation>certificates</translation>
    </message>
    <message>
        <source>logboekregels</source>
        <translation>audit log entries</translation>
    </message>
    <message>
        <source>zalen</source>
        <translation>rooms</translation>
    </message>
    <message>
        <source>producten</source>
        <translation>products</translation>
    </message>
    <message>
        <source>bezoekerspassen</source>
        <translation>visitor passes</translation>
    </message>
    <message>
        <source>bezoeken</source>
        <translation>visits</translation>
    </message>
    <message>
        <source>vertrekken uit de huiskamer</source>
        <translation>departures from the living room</translation>
    </message>
    <message>
        <source>tevredenheidsstemmen</source>
        <translation>satisfaction votes</translation>
    </message>
    <message>
        <source>barrekeningen</source>
        <translation>bar tabs</translation>
    </message>
    <message>
        <source>verkopen</source>
        <translation>sales</translation>
    </message>
    <message>
        <source>verkoopregels</source>
        <translation>sale lines</translation>
    </message>
    <message>
        <source>betalingen aan de kassa</source>
        <translation>till payments</translation>
    </message>
    <message>
        <source>regels op barrekeningen</source>
        <translation>bar tab entries</translation>
    </message>
    <message>
        <source>geschrapte kassaregels</source>
        <translation>removed till lines</translation>
    </message>
    <message>
        <source>koffiekaarten</source>
        <translation>coffee cards</translation>
    </message>
    <message>
        <source>koffiekaartmutaties</source>
        <translation>coffee card movements</translation>
    </message>
    <message>
        <source>aanmeldingen van vrijwilligers</source>
        <translation>volunteer sign-ins</translation>
    </message>
    <message>
        <source>afmeldingen van vrijwilligers</source>
        <translation>volunteer sign-outs</translation>
    </message>
    <message>
        <source>eigen doelgroepen</source>
        <translation>own target groups</translation>
    </message>
    <message>
        <source>activiteiten</source>
        <translation>activities</translation>
    </message>
    <message>
        <source>bijeenkomsten van activiteiten</source>
        <translation>activity sessions</translation>
    </message>
    <message>
        <source>opkomst bij activiteiten</source>
        <translation>activity attendance</translation>
    </message>
    <message>
        <source>inschrijvingen</source>
        <translation>sign-ups</translation>
    </message>
    <message>
        <source>strippenkaarten</source>
        <translation>multi-visit cards</translation>
    </message>
    <message>
        <source>stempels op strippenkaarten</source>
        <translation>multi-visit card stamps</translation>
    </message>
    <message>
        <source>vrijwilligersvergoedingen</source>
        <translation>volunteer allowances</translation>
    </message>
    <message>
        <source>zaaltarieven</source>
        <translation>room tariffs</translation>
    </message>
    <message>
        <source>huurders</source>
        <translation>hirers</translation>
    </message>
    <message>
        <source>boekingen</source>
        <translation>bookings</translation>
    </message>
    <message>
        <source>extra&apos;s bij boekingen</source>
        <translation>booking extras</translation>
    </message>
    <message>
        <source>facturen</source>
        <translation>invoices</translation>
    </message>
    <message>
        <source>factuurregels</source>
        <translation>invoice lines</translation>
    </message>
    <message>
        <source>betalingen van facturen</source>
        <translation>invoice payments</translation>
    </message>
    <message>
        <source>herinneringen en aanmaningen</source>
        <translation>reminders and final notices</translation>
    </message>
    <message>
        <source>incasso&apos;s</source>
        <translation>direct debits</translation>
    </message>
    <message>
        <source>uitgaven uit de kas</source>
        <translation>cash paid out</translation>
    </message>
    <message>
        <source>dagafsluitingen</source>
        <translation>end-of-day closes</translation>
    </message>
    <message>
        <source>grootboekrekeningen</source>
        <translation>ledger accounts</translation>
    </message>
    <message>
        <source>vaste diensten</source>
        <translation>regular shifts</translation>
    </message>
    <message>
        <source>diensten</source>
        <translation>shifts</translation>
    </message>
    <message>
        <source>afwezigheid in het rooster</source>
        <translation>roster absences</translation>
    </message>
    <message>
        <source>beschikbaarheid</source>
        <translation>availability</translation>
    </message>
    <message>
        <source>bon</source>
        <translation>receipt</translation>
    </message>
    <message>
        <source>factuur</source>
        <translation>invoice</translation>
    </message>
    <message>
        <source>dagafsluiting</source>
        <translation>end-of-day close</translation>
    </message>
</context>
<context>
    <name>TargetGroups</name>
    <message>
        <source>Jeugd</source>
        <translation>Youth</translation>
    </message>
    <message>
        <source>Volwassenen</source>
        <translation>Adults</translation>
    </message>
    <message>
        <source>Ouderen</source>
        <translation>Elderly</translation>
    </message>
    <message>
        <source>Iedereen</source>
        <translation>Everyone</translation>
    </message>
</context>
<context>
    <name>TariffTab</name>
    <message>
        <source>Zaaltarieven</source>
        <translation>Room tariffs</translation>
    </message>
    <message>
        <source>Zaal</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Tariefklasse</source>
        <translation>Tariff class</translation>
    </message>
    <message>
        <source>Per dagdeel excl. btw</source>
        <translation>Per part of day excl. VAT</translation>
    </message>
    <message>
        <source>Per uur excl. btw</source>
        <translation>Per hour excl. VAT</translation>
    </message>
    <message>
        <source>Btw %</source>
        <translation>VAT %</translation>
    </message>
</context>
<context>
    <name>Tariffs</name>
    <message>
        <source>maatschappelijk</source>
        <translation>social</translation>
    </message>
    <message>
        <source>commercieel</source>
        <translation>commercial</translation>
    </message>
    <message>
        <source>eigen activiteit</source>
        <translation>own activity</translation>
    </message>
</context>
<context>
    <name>TillSettingsDialog</name>
    <message>
        <source>Kassa-instellingen</source>
        <translation>Till settings</translation>
    </message>
    <message>
        <source>Schenktijden</source>
        <translation>Serving hours</translation>
    </message>
    <message>
        <source>Alleen rond eigen activiteiten en besloten feesten</source>
        <translation>Only around own activities and private parties</translation>
    </message>
    <message>
        <source>Bij alcohol eerst 18+ laten bevestigen</source>
        <translation>Confirm 18+ before serving alcohol</translation>
    </message>
    <message>
        <source>Schenktijden voor alcohol</source>
        <translation>Serving hours for alcohol</translation>
    </message>
    <message>
        <source>Zoals de gemeente ze toestaat. Een eindtijd vóór de begintijd loopt door tot na middernacht (16:00 tot 01:00). Een dag zonder vinkje: geen alcohol. Rond een activiteit: van 1 uur ervoor tot 2 uur erna.</source>
        <translation>As the municipality allows them. An end before the start runs on past midnight (16:00 to 01:00). A day without a tick: no alcohol. Around an activity: from 1 hour before to 2 hours after.</translation>
    </message>
    <message>
        <source>Eigen consumptie per vrijwilliger per dag (€)</source>
        <translation>Own use per volunteer per day (€)</translation>
    </message>
    <message>
        <source>Bonprinter</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <source>Vul de eigen consumptie in als bedrag, zoals 5,00.</source>
        <translation>Enter the own use as an amount, like 5.00.</translation>
    </message>
</context>
<context>
    <name>TillStartForm</name>
    <message>
        <source>Wisselgeld in de kassa</source>
        <translation>Float in the till</translation>
    </message>
    <message>
        <source>Wisselgeld in de kassa (€)</source>
        <translation>Float in the till (€)</translation>
    </message>
</context>
<context>
    <name>UndoStampDialog</name>
    <message>
        <source>Stempel terugdraaien</source>
        <translation>Undo a stamp</translation>
    </message>
    <message>
        <source>bijvoorbeeld: twee keer gescand</source>
        <translation>for example: scanned twice</translation>
    </message>
    <message>
        <source>bijv. twee keer gescand</source>
        <translation>e.g. scanned twice</translation>
    </message>
    <message>
        <source>dubbel gescand</source>
        <translation>scanned twice</translation>
    </message>
    <message>
        <source>Stempel</source>
        <translation>Stamp</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Bij deze bijeenkomst is nog niets gestempeld.</source>
        <translation>Nothing has been stamped for this session yet.</translation>
    </message>
    <message>
        <source>Kies eerst een stempel.</source>
        <translation>Choose a stamp first.</translation>
    </message>
</context>
<context>
    <name>VisitorDataDialog</name>
    <message>
        <source>Gegevens van een bezoeker</source>
        <translation>A visitor&apos;s data</translation>
    </message>
    <message>
        <source>Scan of typ de code van de pas</source>
        <translation>Scan or type the code of the pass</translation>
    </message>
    <message>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Naam en telefoon wissen</source>
        <translation>Erase name and phone</translation>
    </message>
    <message>
        <source>Opzoeken</source>
        <translation>Look up</translation>
    </message>
    <message>
        <source>Bewaartermijn in maanden</source>
        <translation>Retention period in months</translation>
    </message>
    <message>
        <source> maanden</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Bewaartermijn opslaan</source>
        <translation>Save retention period</translation>
    </message>
    <message>
        <source>Namen wissen na het laatste bezoek:</source>
        <translation>Erase names after the last visit:</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Pas {code}, uitgegeven {issued}
Naam: {name}
Telefoon: {phone}
Bezoeken: {visits}, laatste: {last}</source>
        <translation>Pass {code}, issued {issued}
Name: {name}
Phone: {phone}
Visits: {visits}, last: {last}</translation>
    </message>
    <message>
        <source>Opgeslagen in {file}</source>
        <translation>Saved in {file}</translation>
    </message>
    <message>
        <source>De bewaartermijn is opgeslagen.</source>
        <translation>The retention period has been saved.</translation>
    </message>
    <message>
        <source>Gegevens wissen</source>
        <translation>Erase data</translation>
    </message>
    <message>
        <source>Naam en telefoon van deze bezoeker wissen? Dit kan niet ongedaan worden.</source>
        <translation>Erase this visitor&apos;s name and phone? This cannot be undone.</translation>
    </message>
    <message>
        <source>Ja, wissen</source>
        <translation>Yes, erase</translation>
    </message>
    <message>
        <source>Naam en telefoon zijn gewist.</source>
        <translation>Name and phone have been erased.</translation>
    </message>
</context>
<context>
    <name>VolunteerKinds</name>
    <message>
        <source>vrijwilliger</source>
        <translation>volunteer</translation>
    </message>
    <message>
        <source>vrijwilliger (social return / tegenprestatie)</source>
        <translation>volunteer (social return)</translation>
    </message>
    <message>
        <source>stagiair</source>
        <translation>intern</translation>
    </message>
    <message>
        <source>medewerker</source>
        <translation>staff member</translation>
    </message>
</context>
<context>
    <name>VolunteerTasks</name>
    <message>
        <source>balie</source>
        <translation>reception</translation>
    </message>
    <message>
        <source>bar</source>
        <translation>bar</translation>
    </message>
    <message>
        <source>keuken</source>
        <translation>kitchen</translation>
    </message>
    <message>
        <source>activiteitenbegeleider</source>
        <translation>activity leader</translation>
    </message>
    <message>
        <source>bhv</source>
        <translation>BHV</translation>
    </message>
    <message>
        <source>jongerenwerker</source>
        <translation>youth worker</translation>
    </message>
</context>
<context>
    <name>VolunteersPage</name>
    <message>
        <source>Vrijwilligersregister</source>
        <translation>Volunteer register</translation>
    </message>
    <message>
        <source>Uren en urenverklaring</source>
        <translation>Hours and hours statement</translation>
    </message>
    <message>
        <source>Rooster</source>
        <translation>Roster</translation>
    </message>
    <message>
        <source>Vergoedingen</source>
        <translation>Allowances</translation>
    </message>
    <message>
        <source>Nog geen vrijwilligers. Schrijf ze in het register in; ze krijgen een badge.</source>
        <translation>No volunteers yet. Sign them up in the register; they get a badge.</translation>
    </message>
    <message>
        <source>Vrijwilliger inschrijven</source>
        <translation>Sign up a volunteer</translation>
    </message>
    <message>
        <source>Vrijwilligers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Welkom, {name}! U bent aangemeld.</source>
        <translation>Welcome, {name}! You are signed in.</translation>
    </message>
    <message>
        <source>Tot ziens, {name}! U bent afgemeld.</source>
        <translation>Goodbye, {name}! You are signed out.</translation>
    </message>
</context>
<context>
    <name>Warnings</name>
    <message>
        <source>Geen BHV&apos;er aangemeld terwijl het buurthuis open is.</source>
        <translation>No emergency responder signed in while the centre is open.</translation>
    </message>
    <message>
        <source>De bar is bemand zonder iemand met IVA- of SVH-certificaat: geen alcohol schenken.</source>
        <translation>The bar is staffed without anyone holding an IVA or SVH certificate: do not serve alcohol.</translation>
    </message>
    <message>
        <source>Geen BHV&apos;er aangemeld terwijl er nog bezoekers binnen zijn.</source>
        <translation>No emergency responder signed in while visitors are still inside.</translation>
    </message>
    <message>
        <source>{name} is op {day} niet afgemeld en telt niet als aanwezig; de dagafsluiting van die dag meldt af.</source>
        <translation>{name} was not signed out on {day} and does not count as present; that day&apos;s close signs them out.</translation>
    </message>
    <message>
        <source>Certificaat {kind} van {name} verloopt op {date}.</source>
        <translation>Certificate {kind} of {name} expires on {date}.</translation>
    </message>
    <message>
        <source>{name} leidt {activity} (jeugd) zonder geldige VOG.</source>
        <translation>{name} leads {activity} (youth) without a valid certificate of conduct (VOG).</translation>
    </message>
    <message>
        <source>{name} leidt {activity} (kwetsbare groep) zonder geldige VOG.</source>
        <translation>{name} leads {activity} (vulnerable group) without a valid certificate of conduct (VOG).</translation>
    </message>
    <message>
        <source>Geen BHV&apos;er ingeroosterd terwijl het buurthuis open is.</source>
        <translation>No emergency responder on the roster while the centre is open.</translation>
    </message>
    <message>
        <source>De bar is open zonder iemand met IVA- of SVH-certificaat ingeroosterd.</source>
        <translation>The bar is open with nobody holding an IVA or SVH certificate on the roster.</translation>
    </message>
    <message>
        <source>{activity} (jeugd) heeft geen begeleider met een geldige VOG ingeroosterd.</source>
        <translation>{activity} (youth) has no leader with a valid certificate of conduct (VOG) on the roster.</translation>
    </message>
    <message>
        <source>Het {kind}-certificaat van {name} verloopt op {date}, vóór deze dienst.</source>
        <translation>The {kind} certificate of {name} expires on {date}, before this shift.</translation>
    </message>
</context>
<context>
    <name>WeekCalendar</name>
    <message>
        <source>◀ Vorige week</source>
        <translation>◀ Previous week</translation>
    </message>
    <message>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Volgende week ▶</source>
        <translation>Next week ▶</translation>
    </message>
    <message>
        <source>Ga naar datum</source>
        <translation>Go to date</translation>
    </message>
    <message>
        <source>Week {week}: {first} t/m {last}</source>
        <translation>Week {week}: {first} to {last}</translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <source>gesloten</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>vrij</source>
        <translation>free</translation>
    </message>
</context>
<context>
    <name>WholeTextDialog</name>
    <message>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <source>X-rapport</source>
        <translation>X report</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Gegevens opslaan</source>
        <translation>Save data</translation>
    </message>
</context>
</TS>
