<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_XA">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/about_dialog.py" line="30" />
      <source>About Wellbeing Desktop</source>
      <translation>[Åbõüt Wéllbéîñğ Déšktõp ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/about_dialog.py" line="34" />
      <source>About</source>
      <translation>[Åbõüt ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/about_dialog.py" line="35" />
      <source>What this app is, and who made it</source>
      <translation>[Whát thîš ápp îš, áñd whõ mádé ît ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/about_dialog.py" line="36" />
      <location filename="../../wellbeing_desktop/gui/dialogs/about_dialog.py" line="88" />
      <location filename="../../wellbeing_desktop/gui/translations.py" line="64" />
      <source>Licences</source>
      <translation>[Lîçéñçéš ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/about_dialog.py" line="37" />
      <source>The free software this app is built with, and its licences</source>
      <translation>[Thé fréé šõftwáré thîš ápp îš büîlt wîth, áñd îtš lîçéñçéš ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/about_dialog.py" line="40" />
      <source>GNU GPL</source>
      <translation>[ĞÑÜ ĞPL ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/about_dialog.py" line="41" />
      <source>The full text of the licence this app is shared under</source>
      <translation>[Thé füll téxt õf thé lîçéñçé thîš ápp îš šháréd üñdér ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/about_dialog.py" line="44" />
      <source>Closes this window</source>
      <translation>[Çlõšéš thîš wîñdõw ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/about_dialog.py" line="64" />
      <source>&lt;h2&gt;Wellbeing Desktop&lt;/h2&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;A private place for peer supporters to reflect, plan their self-care and notice how they are doing.&lt;/p&gt;&lt;p&gt;Everything stays on this computer, encrypted. Nothing is ever sent anywhere.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later: you may use, share and change it.&lt;/p&gt;</source>
      <translation>[&lt;h2&gt;Wéllbéîñğ Déšktõp&lt;/h2&gt;&lt;p&gt;Véršîõñ %1&lt;/p&gt;&lt;p&gt;Å prîváté pláçé fõr péér šüppõrtérš tõ réfléçt, pláñ théîr šélf-çáré áñd ñõtîçé hõw théý áré dõîñğ.&lt;/p&gt;&lt;p&gt;Évérýthîñğ štáýš õñ thîš çõmpütér, éñçrýptéd. Ñõthîñğ îš évér šéñt áñýwhéré.&lt;/p&gt;&lt;p&gt;Fréé šõftwáré üñdér thé ĞÑÜ Ğéñérál Püblîç Lîçéñšé, véršîõñ 3 õr látér: ýõü máý üšé, šháré áñd çháñğé ît.&lt;/p&gt; ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/about_dialog.py" line="96" />
      <source>Wellbeing Desktop is licensed %1. It is built with the free software below; each part keeps its own licence, and all of them allow it to be shared under the GNU GPL.</source>
      <translation>[Wéllbéîñğ Déšktõp îš lîçéñšéd %1. Ît îš büîlt wîth thé fréé šõftwáré bélõw; éáçh párt kéépš îtš õwñ lîçéñçé, áñd áll õf thém állõw ît tõ bé šháréd üñdér thé ĞÑÜ ĞPL. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/about_dialog.py" line="100" />
      <source>Part</source>
      <translation>[Párt ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/about_dialog.py" line="100" />
      <source>Licence</source>
      <translation>[Lîçéñçé ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/about_dialog.py" line="100" />
      <source>Used for</source>
      <translation>[Üšéd fõr ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/about_dialog.py" line="115" />
      <source>The GNU General Public License, version 3</source>
      <translation>[Thé ĞÑÜ Ğéñérál Püblîç Lîçéñšé, véršîõñ 3 ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/about_dialog.py" line="116" />
      <source>The licence's full text, to read</source>
      <translation>[Thé lîçéñçé'š füll téxt, tõ réád ·~ ·~ ·~ ·~ ]</translation>
    </message>
  </context>
  <context>
    <name>AgreedActionRow</name>
    <message>
      <location filename="../../ui/agreed_action_row.ui" line="13" />
      <source>Agreed action</source>
      <translation>[Åğrééd áçtîõñ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/agreed_action_row.ui" line="14" />
      <source>What you agreed</source>
      <translation>[Whát ýõü áğrééd ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/agreed_action_row.ui" line="23" />
      <source>Tick it once you have done this action</source>
      <translation>[Tîçk ît õñçé ýõü hávé dõñé thîš áçtîõñ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/agreed_action_row.ui" line="24" />
      <location filename="../../ui/agreed_action_row.ui" line="25" />
      <source>Done</source>
      <translation>[Dõñé ·]</translation>
    </message>
    <message>
      <location filename="../../ui/agreed_action_row.ui" line="30" />
      <source>Tick it to give this action a date to do it by</source>
      <translation>[Tîçk ît tõ ğîvé thîš áçtîõñ á dáté tõ dõ ît bý ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/agreed_action_row.ui" line="31" />
      <source>Due by</source>
      <translation>[Düé bý ·]</translation>
    </message>
    <message>
      <location filename="../../ui/agreed_action_row.ui" line="32" />
      <source>Has a due date</source>
      <translation>[Háš á düé dáté ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/agreed_action_row.ui" line="37" />
      <source>The date you hope to do this action by</source>
      <translation>[Thé dáté ýõü hõpé tõ dõ thîš áçtîõñ bý ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/agreed_action_row.ui" line="38" />
      <source>Due date</source>
      <translation>[Düé dáté ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/agreed_action_row.ui" line="41" />
      <source>d MMM yyyy</source>
      <translation>d MMM yyyy</translation>
    </message>
    <message>
      <location filename="../../ui/agreed_action_row.ui" line="51" />
      <source>Remove</source>
      <translation>[Rémõvé ·]</translation>
    </message>
    <message>
      <location filename="../../ui/agreed_action_row.ui" line="52" />
      <location filename="../../ui/agreed_action_row.ui" line="54" />
      <source>Remove this action</source>
      <translation>[Rémõvé thîš áçtîõñ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/agreed_action_row.ui" line="53" />
      <source>Takes this action off the list</source>
      <translation>[Tákéš thîš áçtîõñ õff thé lîšt ·~ ·~ ·~ ·~]</translation>
    </message>
  </context>
  <context>
    <name>Application</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/application.py" line="53" />
      <source>Wellbeing Desktop cannot start</source>
      <translation>[Wéllbéîñğ Déšktõp çáññõt štárt ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/application.py" line="125" />
      <source>This is a demo: its passphrase is “%1”.</source>
      <translation>[Thîš îš á démõ: îtš páššphrášé îš “%1”. ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
  </context>
  <context>
    <name>AutoBackupOnClose</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/auto_backup_on_close.py" line="81" />
      <source>Making your daily backup</source>
      <translation>[Mákîñğ ýõür dáîlý báçküp ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/auto_backup_on_close.py" line="87" />
      <source>Making your daily backup before closing…</source>
      <translation>[Mákîñğ ýõür dáîlý báçküp béfõré çlõšîñğ… ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/auto_backup_on_close.py" line="94" />
      <source>The automatic backup took too long, so the app closed without waiting for it; nothing was lost.</source>
      <translation>[Thé áütõmátîç báçküp tõõk tõõ lõñğ, šõ thé ápp çlõšéd wîthõüt wáîtîñğ fõr ît; ñõthîñğ wáš lõšt. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/auto_backup_on_close.py" line="102" />
      <source>The automatic backup was not written because something went wrong; nothing was lost.</source>
      <translation>[Thé áütõmátîç báçküp wáš ñõt wrîttéñ béçáüšé šõméthîñğ wéñt wrõñğ; ñõthîñğ wáš lõšt. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/auto_backup_on_close.py" line="124" />
      <source>Last time you closed the app: %1</source>
      <translation>[Lášt tîmé ýõü çlõšéd thé ápp: %1 ·~ ·~ ·~ ·~]</translation>
    </message>
  </context>
  <context>
    <name>BackupAction</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/backup_action.py" line="32" />
      <source>Choose where to keep the backup</source>
      <translation>[Çhõõšé whéré tõ kéép thé báçküp ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/backup_action.py" line="42" />
      <source>Wellbeing backup %1</source>
      <translation>[Wéllbéîñğ báçküp %1 ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/backup_action.py" line="48" />
      <source>Backing up…</source>
      <translation>[Báçkîñğ üp… ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/backup_action.py" line="53" />
      <source>Your backup is in %1. It is encrypted and opens with your passphrase.</source>
      <translation>[Ýõür báçküp îš îñ %1. Ît îš éñçrýptéd áñd õpéñš wîth ýõür páššphrášé. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/backup_action.py" line="73" />
      <source>The backup was not written</source>
      <translation>[Thé báçküp wáš ñõt wrîttéñ ·~ ·~ ·~ ]</translation>
    </message>
  </context>
  <context>
    <name>ChangePassphraseDialog</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/change_passphrase_dialog.py" line="36" />
      <source>Change passphrase</source>
      <translation>[Çháñğé páššphrášé ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/change_passphrase_dialog.py" line="40" />
      <source>From now on, your new passphrase opens your vault</source>
      <translation>[Frõm ñõw õñ, ýõür ñéw páššphrášé õpéñš ýõür váült ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/change_passphrase_dialog.py" line="47" />
      <source>Closes and keeps your passphrase as it is</source>
      <translation>[Çlõšéš áñd kéépš ýõür páššphrášé áš ît îš ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/change_passphrase_dialog.py" line="56" />
      <source>Please type your current passphrase.</source>
      <translation>[Pléášé týpé ýõür çürréñt páššphrášé. ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/change_passphrase_dialog.py" line="60" />
      <source>Please choose a new passphrase of at least %1 characters.</source>
      <translation>[Pléášé çhõõšé á ñéw páššphrášé õf át léášt %1 çháráçtérš. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/change_passphrase_dialog.py" line="69" />
      <source>The two new passphrases are different. Please type them again.</source>
      <translation>[Thé twõ ñéw páššphrášéš áré dîfféréñt. Pléášé týpé thém áğáîñ. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/change_passphrase_dialog.py" line="74" />
      <source>That is the passphrase you have now. Please choose a new one.</source>
      <translation>[Thát îš thé páššphrášé ýõü hávé ñõw. Pléášé çhõõšé á ñéw õñé. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/change_passphrase_dialog.py" line="88" />
      <source>Your passphrase has been changed. Use the new one from now on. Your recovery key, if you made one, keeps working.</source>
      <translation>[Ýõür páššphrášé háš bééñ çháñğéd. Üšé thé ñéw õñé frõm ñõw õñ. Ýõür réçõvérý kéý, îf ýõü mádé õñé, kéépš wõrkîñğ. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/change_passphrase_dialog.py" line="107" />
      <source>Closes this window</source>
      <translation>[Çlõšéš thîš wîñdõw ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/change_passphrase_dialog.py" line="117" />
      <source>That is not your current passphrase. Please type it again.</source>
      <translation>[Thát îš ñõt ýõür çürréñt páššphrášé. Pléášé týpé ît áğáîñ. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/change_passphrase_dialog.ui" line="7" />
      <location filename="../../ui/change_passphrase_dialog.ui" line="16" />
      <source>Change your passphrase</source>
      <translation>[Çháñğé ýõür páššphrášé ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/change_passphrase_dialog.ui" line="22" />
      <source>Your diary stays exactly as it is: only the lock on it changes. Your recovery key, if you made one, keeps working.</source>
      <translation>[Ýõür dîárý štáýš éxáçtlý áš ît îš: õñlý thé lõçk õñ ît çháñğéš. Ýõür réçõvérý kéý, îf ýõü mádé õñé, kéépš wõrkîñğ. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/change_passphrase_dialog.ui" line="31" />
      <location filename="../../ui/change_passphrase_dialog.ui" line="39" />
      <source>Current passphrase</source>
      <translation>[Çürréñt páššphrášé ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/change_passphrase_dialog.ui" line="37" />
      <source>The passphrase you use now</source>
      <translation>[Thé páššphrášé ýõü üšé ñõw ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/change_passphrase_dialog.ui" line="44" />
      <source>A good passphrase is long and easy for you to remember: four or five ordinary words that mean something only to you works well.</source>
      <translation>[Å ğõõd páššphrášé îš lõñğ áñd éášý fõr ýõü tõ rémémbér: fõür õr fîvé õrdîñárý wõrdš thát méáñ šõméthîñğ õñlý tõ ýõü wõrkš wéll. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/change_passphrase_dialog.ui" line="50" />
      <location filename="../../ui/change_passphrase_dialog.ui" line="58" />
      <source>New passphrase</source>
      <translation>[Ñéw páššphrášé ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/change_passphrase_dialog.ui" line="56" />
      <source>A few words only you know; longer is stronger</source>
      <translation>[Å féw wõrdš õñlý ýõü kñõw; lõñğér îš štrõñğér ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/change_passphrase_dialog.ui" line="63" />
      <source>Type it again</source>
      <translation>[Týpé ît áğáîñ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/change_passphrase_dialog.ui" line="69" />
      <source>The new passphrase once more, to be sure it is right</source>
      <translation>[Thé ñéw páššphrášé õñçé mõré, tõ bé šüré ît îš rîğht ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/change_passphrase_dialog.ui" line="71" />
      <source>New passphrase again</source>
      <translation>[Ñéw páššphrášé áğáîñ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/change_passphrase_dialog.ui" line="77" />
      <source>When ticked, shows the passphrases as you type, so you can check them</source>
      <translation>[Whéñ tîçkéd, šhõwš thé páššphrášéš áš ýõü týpé, šõ ýõü çáñ çhéçk thém ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/change_passphrase_dialog.ui" line="78" />
      <source>Show passphrases</source>
      <translation>[Šhõw páššphrášéš ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/change_passphrase_dialog.ui" line="83" />
      <source>Caps Lock seems to be on.</source>
      <translation>[Çápš Lõçk šéémš tõ bé õñ. ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/change_passphrase_dialog.ui" line="93" />
      <source>Problem</source>
      <translation>[Prõblém ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/change_passphrase_dialog.ui" line="101" />
      <source>Done</source>
      <translation>[Dõñé ·]</translation>
    </message>
    <message>
      <location filename="../../ui/change_passphrase_dialog.ui" line="109" />
      <source>Working</source>
      <translation>[Wõrkîñğ ·~]</translation>
    </message>
  </context>
  <context>
    <name>CheckInDialog</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/checkin_dialog.py" line="52" />
      <source>1 · %1</source>
      <translation>[1 · %1 ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/checkin_dialog.py" line="53" />
      <source>10 · %1</source>
      <translation>[10 · %1 ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/checkin_dialog.py" line="76" />
      <source>Save check-in</source>
      <translation>[Šávé çhéçk-îñ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/checkin_dialog.py" line="77" />
      <source>Saves how you're doing now</source>
      <translation>[Šávéš hõw ýõü'ré dõîñğ ñõw ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/checkin_dialog.py" line="80" />
      <source>Closes without saving this check-in</source>
      <translation>[Çlõšéš wîthõüt šávîñğ thîš çhéçk-îñ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/checkin_dialog.py" line="112" />
      <source>Tick if you used this today</source>
      <translation>[Tîçk îf ýõü üšéd thîš tõdáý ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/checkin_dialog.py" line="153" />
      <source>This check-in couldn't be saved: %1</source>
      <translation>[Thîš çhéçk-îñ çõüldñ't bé šávéd: %1 ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="6" />
      <source>Check in</source>
      <translation>[Çhéçk îñ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="15" />
      <source>How are you doing?</source>
      <translation>[Hõw áré ýõü dõîñğ? ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="31" />
      <source>Mood 1 of 10</source>
      <translation>[Mõõd 1 õf 10 ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="41" />
      <source>Mood 2 of 10</source>
      <translation>[Mõõd 2 õf 10 ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="51" />
      <source>Mood 3 of 10</source>
      <translation>[Mõõd 3 õf 10 ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="61" />
      <source>Mood 4 of 10</source>
      <translation>[Mõõd 4 õf 10 ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="71" />
      <source>Mood 5 of 10</source>
      <translation>[Mõõd 5 õf 10 ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="81" />
      <source>Mood 6 of 10</source>
      <translation>[Mõõd 6 õf 10 ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="91" />
      <source>Mood 7 of 10</source>
      <translation>[Mõõd 7 õf 10 ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="101" />
      <source>Mood 8 of 10</source>
      <translation>[Mõõd 8 õf 10 ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="111" />
      <source>Mood 9 of 10</source>
      <translation>[Mõõd 9 õf 10 ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="121" />
      <source>Mood 10 of 10</source>
      <translation>[Mõõd 10 õf 10 ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="152" />
      <source>A little more, if you like — everything below is optional.</source>
      <translation>[Å lîttlé mõré, îf ýõü lîké — évérýthîñğ bélõw îš õptîõñál. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="164" />
      <source>How much pressure are you feeling?</source>
      <translation>[Hõw müçh préššüré áré ýõü féélîñğ? ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="183" />
      <source>Stress, optional</source>
      <translation>[Štréšš, õptîõñál ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="189" />
      <location filename="../../ui/checkin_dialog.ui" line="257" />
      <location filename="../../ui/checkin_dialog.ui" line="311" />
      <source>Not recorded</source>
      <translation>[Ñõt réçõrdéd ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="193" />
      <source>Leaves your stress out of this check-in</source>
      <translation>[Léávéš ýõür štréšš õüt õf thîš çhéçk-îñ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="194" />
      <location filename="../../ui/checkin_dialog.ui" line="262" />
      <source>Clear</source>
      <translation>[Çléár ·]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="195" />
      <source>Clear stress</source>
      <translation>[Çléár štréšš ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="232" />
      <source>How is your energy?</source>
      <translation>[Hõw îš ýõür éñérğý? ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="251" />
      <source>Energy, optional</source>
      <translation>[Éñérğý, õptîõñál ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="261" />
      <source>Leaves your energy out of this check-in</source>
      <translation>[Léávéš ýõür éñérğý õüt õf thîš çhéçk-îñ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="263" />
      <source>Clear energy</source>
      <translation>[Çléár éñérğý ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="300" />
      <source>Hours of sleep last night</source>
      <translation>[Hõürš õf šléép lášt ñîğht ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="309" />
      <source>How many hours you slept last night, if you want to say</source>
      <translation>[Hõw máñý hõürš ýõü šlépt lášt ñîğht, îf ýõü wáñt tõ šáý ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="310" />
      <source>Hours of sleep, optional</source>
      <translation>[Hõürš õf šléép, õptîõñál ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="329" />
      <source>Feeling words</source>
      <translation>[Féélîñğ wõrdš ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="337" />
      <source>Feeling words, separated by commas</source>
      <translation>[Féélîñğ wõrdš, šépárátéd bý çõmmáš ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="338" />
      <source>tired, hopeful, on edge…</source>
      <translation>[tîréd, hõpéfül, õñ édğé… ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="343" />
      <source>Opens a list of feeling words to choose from</source>
      <translation>[Õpéñš á lîšt õf féélîñğ wõrdš tõ çhõõšé frõm ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="344" />
      <source>Choose…</source>
      <translation>[Çhõõšé… ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="345" />
      <source>Choose feeling words</source>
      <translation>[Çhõõšé féélîñğ wõrdš ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="353" />
      <source>A note</source>
      <translation>[Å ñõté ·]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="359" />
      <source>A few words about today, if you like. Only you see it.</source>
      <translation>[Å féw wõrdš ábõüt tõdáý, îf ýõü lîké. Õñlý ýõü šéé ît. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="360" />
      <source>A note, optional</source>
      <translation>[Å ñõté, õptîõñál ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="361" />
      <source>Anything you'd like to remember about today</source>
      <translation>[Åñýthîñğ ýõü'd lîké tõ rémémbér ábõüt tõdáý ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="371" />
      <source>Coping strategies I used today</source>
      <translation>[Çõpîñğ štrátéğîéš Î üšéd tõdáý ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="375" />
      <source>Add coping strategies to your plan and you can tick them here.</source>
      <translation>[Ådd çõpîñğ štrátéğîéš tõ ýõür pláñ áñd ýõü çáñ tîçk thém héré. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="384" />
      <location filename="../../ui/checkin_dialog.ui" line="385" />
      <source>I talked with someone today</source>
      <translation>[Î tálkéd wîth šõméõñé tõdáý ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="386" />
      <source>If you like, say who: tick people from your address book or type a name</source>
      <translation>[Îf ýõü lîké, šáý whõ: tîçk péõplé frõm ýõür áddréšš bõõk õr týpé á ñámé ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="402" />
      <source>Who? Only if you want to say.</source>
      <translation>[Whõ? Õñlý îf ýõü wáñt tõ šáý. ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="413" />
      <source>Someone else: their name, optional</source>
      <translation>[Šõméõñé élšé: théîr ñámé, õptîõñál ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="414" />
      <source>Someone else? Type a name</source>
      <translation>[Šõméõñé élšé? Týpé á ñámé ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="429" />
      <source>Problem</source>
      <translation>[Prõblém ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="436" />
      <source>Choose a number for your mood, then save.</source>
      <translation>[Çhõõšé á ñümbér fõr ýõür mõõd, théñ šávé. ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
  </context>
  <context>
    <name>ContentErrors</name>
    <message>
      <location filename="../../wellbeing_desktop/content/addon.py" line="73" />
      <source>pack.toml is missing: every pack needs one, with its id, name, version and author.</source>
      <translation>[páçk.tõml îš mîššîñğ: évérý páçk ñéédš õñé, wîth îtš îd, ñámé, véršîõñ áñd áüthõr. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/addon.py" line="84" />
      <source>pack.toml, line 1: this pack adds nothing yet; add at least one of %1.</source>
      <translation>[páçk.tõml, lîñé 1: thîš páçk áddš ñõthîñğ ýét; ádd át léášt õñé õf %1. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/addon.py" line="108" />
      <source>%1: a pack cannot change the mood scale's words; the files a pack can hold are %2.</source>
      <translation>[%1: á páçk çáññõt çháñğé thé mõõd šçálé'š wõrdš; thé fîléš á páçk çáñ hõld áré %2. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/addon.py" line="112" />
      <source>%1: this is not a file a pack can hold; the files a pack can hold are %2.</source>
      <translation>[%1: thîš îš ñõt á fîlé á páçk çáñ hõld; thé fîléš á páçk çáñ hõld áré %2. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/addon.py" line="114" />
      <source>%1: a pack holds only TOML files (%2); take this one out.</source>
      <translation>[%1: á páçk hõldš õñlý TÕML fîléš (%2); táké thîš õñé õüt. ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/addon.py" line="133" />
      <source>%1, line %2</source>
      <translation>[%1, lîñé %2 ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/addon.py" line="135" />
      <source>%1: the %2 key "%3" is already used by the pack "%4"; choose another key.</source>
      <translation>[%1: thé %2 kéý "%3" îš álréádý üšéd bý thé páçk "%4"; çhõõšé áñõthér kéý. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/installed.py" line="53" />
      <source>pack.toml: its id is "%1", not its folder's name.</source>
      <translation>[páçk.tõml: îtš îd îš "%1", ñõt îtš fõldér'š ñámé. ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/installed.py" line="60" />
      <source>unreadable</source>
      <translation>[üñréádáblé ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/installed.py" line="61" />
      <source>The content pack “%1” was left out: %2</source>
      <translation>[Thé çõñtéñt páçk “%1” wáš léft õüt: %2 ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/installed.py" line="124" />
      <source>No pack "%1" is installed.</source>
      <translation>[Ñõ páçk "%1" îš îñštálléd. ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/pack_archive.py" line="29" />
      <source>%1: a pack cannot be a link; choose the folder or zip itself.</source>
      <translation>[%1: á páçk çáññõt bé á lîñk; çhõõšé thé fõldér õr žîp îtšélf. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/pack_archive.py" line="38" />
      <source>%1: choose a pack's folder or a .zip file.</source>
      <translation>[%1: çhõõšé á páçk'š fõldér õr á .žîp fîlé. ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/pack_archive.py" line="49" />
      <location filename="../../wellbeing_desktop/content/pack_archive.py" line="111" />
      <source>%1: a pack cannot hold links; take this one out.</source>
      <translation>[%1: á páçk çáññõt hõld lîñkš; táké thîš õñé õüt. ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/pack_archive.py" line="55" />
      <location filename="../../wellbeing_desktop/content/pack_archive.py" line="123" />
      <location filename="../../wellbeing_desktop/content/pack_archive.py" line="129" />
      <source>%1: a pack cannot hold folders; keep its files side by side.</source>
      <translation>[%1: á páçk çáññõt hõld fõldérš; kéép îtš fîléš šîdé bý šîdé. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/pack_archive.py" line="86" />
      <source>%1 is not a zip file this app can read; zip the pack's folder again.</source>
      <translation>[%1 îš ñõt á žîp fîlé thîš ápp çáñ réád; žîp thé páçk'š fõldér áğáîñ. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/pack_archive.py" line="116" />
      <source>%1: this name points outside the pack, so the pack was not added.</source>
      <translation>[%1: thîš ñámé põîñtš õütšîdé thé páçk, šõ thé páçk wáš ñõt áddéd. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/pack_archive.py" line="139" />
      <source>This pack holds more than %1 files; a pack needs at most 6.</source>
      <translation>[Thîš páçk hõldš mõré tháñ %1 fîléš; á páçk ñéédš át mõšt 6. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/pack_archive.py" line="150" />
      <source>%1 is larger than %2 KB; a pack's files are short.</source>
      <translation>[%1 îš lárğér tháñ %2 KB; á páçk'š fîléš áré šhõrt. ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/pack_archive.py" line="158" />
      <source>This pack is larger than %1 KB altogether.</source>
      <translation>[Thîš páçk îš lárğér tháñ %1 KB áltõğéthér. ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/pack_files.py" line="107" />
      <source>feeling word %1</source>
      <translation>[féélîñğ wõrd %1 ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/pack_files.py" line="173" />
      <source>%1 key %2</source>
      <translation>[%1 kéý %2 ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/pack_files.py" line="174" />
      <location filename="../../wellbeing_desktop/content/reflection_questions.py" line="65" />
      <location filename="../../wellbeing_desktop/content/reflection_questions.py" line="71" />
      <location filename="../../wellbeing_desktop/content/toml_table.py" line="145" />
      <source>%1 %2</source>
      <translation>[%1 %2 ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/pack_files.py" line="179" />
      <source>the %1 is used twice (first on line %2).</source>
      <translation>[thé %1 îš üšéd twîçé (fîršt õñ lîñé %2). ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/reflection_questions.py" line="65" />
      <location filename="../../wellbeing_desktop/content/toml_table.py" line="197" />
      <source>theme</source>
      <translation>[thémé ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/reflection_questions.py" line="71" />
      <location filename="../../wellbeing_desktop/content/toml_table.py" line="198" />
      <source>question</source>
      <translation>[qüéštîõñ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/reflection_questions.py" line="101" />
      <source>the %1 key %2 is used twice (first on line %3).</source>
      <translation>[thé %1 kéý %2 îš üšéd twîçé (fîršt õñ lîñé %3). ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/source.py" line="42" />
      <source>%1, line %2: %3</source>
      <translation>[%1, lîñé %2: %3 ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/toml_reading.py" line="28" />
      <source>%1 is missing from the content pack in %2.</source>
      <translation>[%1 îš mîššîñğ frõm thé çõñtéñt páçk îñ %2. ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/toml_reading.py" line="31" />
      <source>%1 could not be read: %2.</source>
      <translation>[%1 çõüld ñõt bé réád: %2. ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/toml_reading.py" line="42" />
      <source>%1, line %2: this is not UTF-8 text; save the file as UTF-8.</source>
      <translation>[%1, lîñé %2: thîš îš ñõt ÜTF-8 téxt; šávé thé fîlé áš ÜTF-8. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/toml_reading.py" line="50" />
      <source>this file</source>
      <translation>[thîš fîlé ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/toml_reading.py" line="58" />
      <source>%1 is not valid TOML: %2.</source>
      <translation>[%1 îš ñõt válîd TÕML: %2. ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/toml_reading.py" line="63" />
      <source>at the end of the file</source>
      <translation>[át thé éñd õf thé fîlé ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/toml_reading.py" line="66" />
      <source>column %1</source>
      <translation>[çõlümñ %1 ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/toml_reading.py" line="67" />
      <source>%1, line %2: this is not valid TOML (%3, %4).</source>
      <translation>[%1, lîñé %2: thîš îš ñõt válîd TÕML (%3, %4). ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/toml_table.py" line="58" />
      <source>%1 has an unknown field "%2"; the fields it can have are %3.</source>
      <translation>[%1 háš áñ üñkñõwñ fîéld "%2"; thé fîéldš ît çáñ hávé áré %3. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/toml_table.py" line="66" />
      <location filename="../../wellbeing_desktop/content/toml_table.py" line="88" />
      <location filename="../../wellbeing_desktop/content/toml_table.py" line="107" />
      <source>%1 has no "%2".</source>
      <translation>[%1 háš ñõ "%2". ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/toml_table.py" line="72" />
      <source>"%1" in %2 %3.</source>
      <translation>["%1" îñ %2 %3. ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/toml_table.py" line="78" />
      <source>%1 has no "%2"; write %2 = "" to leave it blank.</source>
      <translation>[%1 háš ñõ "%2"; wrîté %2 = "" tõ léávé ît bláñk. ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/toml_table.py" line="92" />
      <source>"%1" in %2: %3.</source>
      <translation>["%1" îñ %2: %3. ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/toml_table.py" line="98" />
      <source>"%1" in %2 should be %3, not "%4".</source>
      <translation>["%1" îñ %2 šhõüld bé %3, ñõt "%4". ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/toml_table.py" line="108" />
      <source>"%1" in %2 should be a list of text, not %3.</source>
      <translation>["%1" îñ %2 šhõüld bé á lîšt õf téxt, ñõt %3. ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/toml_table.py" line="113" />
      <source>item %1 of "%2" in %3</source>
      <translation>[îtém %1 õf "%2" îñ %3 ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/toml_table.py" line="116" />
      <source>%1 should be text, not %2.</source>
      <translation>[%1 šhõüld bé téxt, ñõt %2. ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/toml_table.py" line="121" />
      <source>%1 %2.</source>
      <translation>[%1 %2. ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/toml_table.py" line="123" />
      <source>%1 appears twice in "%2" in %3.</source>
      <translation>[%1 áppéárš twîçé îñ "%2" îñ %3. ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/toml_table.py" line="132" />
      <source>"%1" in %2 should be a list of %3, not %4.</source>
      <translation>["%1" îñ %2 šhõüld bé á lîšt õf %3, ñõt %4. ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/toml_table.py" line="147" />
      <source>%1 of %2</source>
      <translation>[%1 õf %2 ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/toml_table.py" line="149" />
      <source>%1 should be a table, like [[%2]], not %3.</source>
      <translation>[%1 šhõüld bé á táblé, lîké [[%2]], ñõt %3. ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/toml_table.py" line="163" />
      <source>%1 has no [%2] table.</source>
      <translation>[%1 háš ñõ [%2] táblé. ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/toml_table.py" line="165" />
      <source>"%1" in %2 should be a table, like [%3], not %4.</source>
      <translation>["%1" îñ %2 šhõüld bé á táblé, lîké [%3], ñõt %4. ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/toml_table.py" line="179" />
      <source>%1 has no %2.</source>
      <translation>[%1 háš ñõ %2. ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/toml_table.py" line="181" />
      <source>%1 needs at least %2 %3, not %4.</source>
      <translation>[%1 ñéédš át léášt %2 %3, ñõt %4. ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/toml_table.py" line="184" />
      <source>%1 has %2 %3; the most is %4.</source>
      <translation>[%1 háš %2 %3; thé mõšt îš %4. ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/toml_table.py" line="191" />
      <source>template</source>
      <translation>[témpláté ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/toml_table.py" line="191" />
      <source>templates</source>
      <translation>[témplátéš ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/toml_table.py" line="192" />
      <source>prompt</source>
      <translation>[prõmpt ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/toml_table.py" line="192" />
      <source>prompts</source>
      <translation>[prõmptš ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/toml_table.py" line="193" />
      <source>section</source>
      <translation>[šéçtîõñ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/toml_table.py" line="193" />
      <source>sections</source>
      <translation>[šéçtîõñš ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/toml_table.py" line="194" />
      <source>group</source>
      <translation>[ğrõüp ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/toml_table.py" line="194" />
      <source>groups</source>
      <translation>[ğrõüpš ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/toml_table.py" line="195" />
      <source>idea</source>
      <translation>[îdéá ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/toml_table.py" line="195" />
      <source>ideas</source>
      <translation>[îdéáš ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/toml_table.py" line="196" />
      <source>signpost</source>
      <translation>[šîğñpõšt ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/toml_table.py" line="196" />
      <source>signposts</source>
      <translation>[šîğñpõštš ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/toml_table.py" line="197" />
      <source>themes</source>
      <translation>[théméš ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/toml_table.py" line="198" />
      <source>questions</source>
      <translation>[qüéštîõñš ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/toml_table.py" line="199" />
      <source>feeling word</source>
      <translation>[féélîñğ wõrd ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/toml_table.py" line="206" />
      <source>true or false</source>
      <translation>[trüé õr fálšé ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/toml_table.py" line="207" />
      <source>a whole number</source>
      <translation>[á whõlé ñümbér ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/toml_table.py" line="208" />
      <source>a number</source>
      <translation>[á ñümbér ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/toml_table.py" line="209" />
      <source>text</source>
      <translation>[téxt ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/toml_table.py" line="210" />
      <source>a list</source>
      <translation>[á lîšt ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/toml_table.py" line="211" />
      <source>a table</source>
      <translation>[á táblé ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/toml_table.py" line="214" />
      <source>a date or time</source>
      <translation>[á dáté õr tîmé ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/toml_table.py" line="218" />
      <source>"%1" in %2 should be text, not %3.</source>
      <translation>["%1" îñ %2 šhõüld bé téxt, ñõt %3. ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/toml_table.py" line="226" />
      <source>%1 and %2</source>
      <translation>[%1 áñd %2 ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/toml_table.py" line="226" />
      <source>%1 or %2</source>
      <translation>[%1 õr %2 ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/toml_table.py" line="234" />
      <source>is empty</source>
      <translation>[îš émptý ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/content/toml_table.py" line="236" />
      <source>should fit on one line</source>
      <translation>[šhõüld fît õñ õñé lîñé ·~ ·~ ·~]</translation>
    </message>
  </context>
  <context>
    <name>ContentPacksDialog</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/content_packs_dialog.py" line="50" />
      <source>Closes this window; your changes are already kept</source>
      <translation>[Çlõšéš thîš wîñdõw; ýõür çháñğéš áré álréádý képt ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/content_packs_dialog.py" line="54" />
      <source>From a .zip file…</source>
      <translation>[Frõm á .žîp fîlé… ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/content_packs_dialog.py" line="55" />
      <source>From a folder…</source>
      <translation>[Frõm á fõldér… ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/content_packs_dialog.py" line="77" />
      <source>%1 %2, comes with the app</source>
      <translation>[%1 %2, çõméš wîth thé ápp ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/content_packs_dialog.py" line="79" />
      <source>%1 %2, by %3</source>
      <translation>[%1 %2, bý %3 ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/content_packs_dialog.py" line="94" />
      <source>template</source>
      <translation>[témpláté ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/content_packs_dialog.py" line="94" />
      <source>templates</source>
      <translation>[témplátéš ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/content_packs_dialog.py" line="95" />
      <source>plan section</source>
      <translation>[pláñ šéçtîõñ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/content_packs_dialog.py" line="95" />
      <source>plan sections</source>
      <translation>[pláñ šéçtîõñš ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/content_packs_dialog.py" line="98" />
      <source>feeling word</source>
      <translation>[féélîñğ wõrd ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/content_packs_dialog.py" line="99" />
      <source>feeling words</source>
      <translation>[féélîñğ wõrdš ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/content_packs_dialog.py" line="101" />
      <source>coping idea</source>
      <translation>[çõpîñğ îdéá ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/content_packs_dialog.py" line="101" />
      <source>coping ideas</source>
      <translation>[çõpîñğ îdéáš ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/content_packs_dialog.py" line="102" />
      <source>support contact</source>
      <translation>[šüppõrt çõñtáçt ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/content_packs_dialog.py" line="102" />
      <source>support contacts</source>
      <translation>[šüppõrt çõñtáçtš ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/content_packs_dialog.py" line="115" />
      <source>Add a content pack</source>
      <translation>[Ådd á çõñtéñt páçk ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/content_packs_dialog.py" line="117" />
      <source>Content packs (*.zip)</source>
      <translation>[Çõñtéñt páçkš (*.žîp) ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/content_packs_dialog.py" line="124" />
      <source>Choose the pack's folder</source>
      <translation>[Çhõõšé thé páçk'š fõldér ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/content_packs_dialog.py" line="133" />
      <source>This pack was not added. %1</source>
      <translation>[Thîš páçk wáš ñõt áddéd. %1 ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/content_packs_dialog.py" line="137" />
      <source>This pack was not added: %1.</source>
      <translation>[Thîš páçk wáš ñõt áddéd: %1. ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/content_packs_dialog.py" line="142" />
      <source>“%1” is added. Its words appear the next time you open Wellbeing Desktop.</source>
      <translation>[“%1” îš áddéd. Îtš wõrdš áppéár thé ñéxt tîmé ýõü õpéñ Wéllbéîñğ Déšktõp. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/content_packs_dialog.py" line="157" />
      <source>Remove this pack?</source>
      <translation>[Rémõvé thîš páçk? ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/content_packs_dialog.py" line="159" />
      <source>Entries you wrote with its templates stay in your diary, just as you wrote them. Remove %1?</source>
      <translation>[Éñtrîéš ýõü wrõté wîth îtš témplátéš štáý îñ ýõür dîárý, jüšt áš ýõü wrõté thém. Rémõvé %1? ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/content_packs_dialog.py" line="171" />
      <source>Removed. It goes the next time you open Wellbeing Desktop.</source>
      <translation>[Rémõvéd. Ît ğõéš thé ñéxt tîmé ýõü õpéñ Wéllbéîñğ Déšktõp. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/content_packs_dialog.py" line="232" />
      <source>Saved to %1.</source>
      <translation>[Šávéd tõ %1. ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/content_packs_dialog.ui" line="7" />
      <location filename="../../ui/content_packs_dialog.ui" line="22" />
      <source>Content packs</source>
      <translation>[Çõñtéñt páçkš ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/content_packs_dialog.ui" line="16" />
      <source>Reflection templates, plan sections, feeling words, coping ideas and support contacts come from content packs. You can add packs your organisation or peer group has made. A pack is only words: it can't run anything or go online.</source>
      <translation>[Réfléçtîõñ témplátéš, pláñ šéçtîõñš, féélîñğ wõrdš, çõpîñğ îdéáš áñd šüppõrt çõñtáçtš çõmé frõm çõñtéñt páçkš. Ýõü çáñ ádd páçkš ýõür õrğáñîšátîõñ õr péér ğrõüp háš mádé. Å páçk îš õñlý wõrdš: ît çáñ't rüñ áñýthîñğ õr ğõ õñlîñé. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/content_packs_dialog.ui" line="21" />
      <source>The content packs you've added: extra prompts and templates</source>
      <translation>[Thé çõñtéñt páçkš ýõü'vé áddéd: éxtrá prõmptš áñd témplátéš ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/content_packs_dialog.ui" line="38" />
      <source>Choose a zip file or a folder that holds the pack</source>
      <translation>[Çhõõšé á žîp fîlé õr á fõldér thát hõldš thé páçk ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/content_packs_dialog.ui" line="39" />
      <source>Add a pack…</source>
      <translation>[Ådd á páçk… ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/content_packs_dialog.ui" line="40" />
      <source>Add a content pack from a zip file or a folder</source>
      <translation>[Ådd á çõñtéñt páçk frõm á žîp fîlé õr á fõldér ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/content_packs_dialog.ui" line="44" />
      <source>Takes the content pack you chose out of the app</source>
      <translation>[Tákéš thé çõñtéñt páçk ýõü çhõšé õüt õf thé ápp ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/content_packs_dialog.ui" line="45" />
      <location filename="../../ui/content_packs_dialog.ui" line="88" />
      <source>Remove</source>
      <translation>[Rémõvé ·]</translation>
    </message>
    <message>
      <location filename="../../ui/content_packs_dialog.ui" line="46" />
      <source>Remove the chosen content pack</source>
      <translation>[Rémõvé thé çhõšéñ çõñtéñt páçk ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/content_packs_dialog.ui" line="58" />
      <source>&lt;b&gt;My templates&lt;/b&gt;</source>
      <translation>[&lt;b&gt;Mý témplátéš&lt;/b&gt; ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/content_packs_dialog.ui" line="63" />
      <source>Reflections of your own: a name and the steps, kept in your vault. You can share them with your peers as a pack.</source>
      <translation>[Réfléçtîõñš õf ýõür õwñ: á ñámé áñd thé štépš, képt îñ ýõür váült. Ýõü çáñ šháré thém wîth ýõür péérš áš á páçk. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/content_packs_dialog.ui" line="68" />
      <source>The diary templates you wrote yourself</source>
      <translation>[Thé dîárý témplátéš ýõü wrõté ýõüršélf ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/content_packs_dialog.ui" line="69" />
      <source>My templates</source>
      <translation>[Mý témplátéš ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/content_packs_dialog.ui" line="76" />
      <source>Opens a blank template to write your own</source>
      <translation>[Õpéñš á bláñk témpláté tõ wrîté ýõür õwñ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/content_packs_dialog.ui" line="77" />
      <source>New template…</source>
      <translation>[Ñéw témpláté… ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/content_packs_dialog.ui" line="81" />
      <source>Opens the template you chose, to change it</source>
      <translation>[Õpéñš thé témpláté ýõü çhõšé, tõ çháñğé ît ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/content_packs_dialog.ui" line="82" />
      <source>Edit…</source>
      <translation>[Édît… ·]</translation>
    </message>
    <message>
      <location filename="../../ui/content_packs_dialog.ui" line="83" />
      <source>Edit the chosen template</source>
      <translation>[Édît thé çhõšéñ témpláté ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/content_packs_dialog.ui" line="87" />
      <source>Deletes the template you chose</source>
      <translation>[Délétéš thé témpláté ýõü çhõšé ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/content_packs_dialog.ui" line="89" />
      <source>Remove the chosen template</source>
      <translation>[Rémõvé thé çhõšéñ témpláté ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/content_packs_dialog.ui" line="98" />
      <source>Saves your templates as a pack you can give to someone else</source>
      <translation>[Šávéš ýõür témplátéš áš á páçk ýõü çáñ ğîvé tõ šõméõñé élšé ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/content_packs_dialog.ui" line="99" />
      <source>Share my templates…</source>
      <translation>[Šháré mý témplátéš… ·~ ·~ ·]</translation>
    </message>
  </context>
  <context>
    <name>CopingIdeasButton</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/plan_ideas.py" line="22" />
      <source>Ideas…</source>
      <translation>[Îdéáš… ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/plan_ideas.py" line="23" />
      <source>Ideas for coping strategies</source>
      <translation>[Îdéáš fõr çõpîñğ štrátéğîéš ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/plan_ideas.py" line="25" />
      <source>Choose one to add it to your plan; you can change the words afterwards.</source>
      <translation>[Çhõõšé õñé tõ ádd ît tõ ýõür pláñ; ýõü çáñ çháñğé thé wõrdš áftérwárdš. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/plan_ideas.py" line="27" />
      <source>Some ideas for coping strategies: pick any that suit you.</source>
      <translation>[Šõmé îdéáš fõr çõpîñğ štrátéğîéš: pîçk áñý thát šüît ýõü. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
  </context>
  <context>
    <name>CrashDialog</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/crash_dialog.py" line="28" />
      <source>Something went wrong</source>
      <translation>[Šõméthîñğ wéñt wrõñğ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/crash_dialog.py" line="39" />
      <source>You can carry on, or close the app and open it again. If you would like to tell the people who make the app, copy this report and send it to them. It holds none of your writing: only which part of the app had the problem.</source>
      <translation>[Ýõü çáñ çárrý õñ, õr çlõšé thé ápp áñd õpéñ ît áğáîñ. Îf ýõü wõüld lîké tõ téll thé péõplé whõ máké thé ápp, çõpý thîš répõrt áñd šéñd ît tõ thém. Ît hõldš ñõñé õf ýõür wrîtîñğ: õñlý whîçh párt õf thé ápp hád thé prõblém. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/crash_dialog.py" line="48" />
      <source>Crash report</source>
      <translation>[Çrášh répõrt ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/crash_dialog.py" line="50" />
      <source>What went wrong, for the developers; it holds none of your entries</source>
      <translation>[Whát wéñt wrõñğ, fõr thé dévélõpérš; ît hõldš ñõñé õf ýõür éñtrîéš ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/crash_dialog.py" line="56" />
      <source>Copy report</source>
      <translation>[Çõpý répõrt ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/crash_dialog.py" line="59" />
      <source>Copies the report, to paste into an email if you choose</source>
      <translation>[Çõpîéš thé répõrt, tõ pášté îñtõ áñ émáîl îf ýõü çhõõšé ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/crash_dialog.py" line="62" />
      <source>Closes this window</source>
      <translation>[Çlõšéš thîš wîñdõw ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/crash_dialog.py" line="78" />
      <source>Copied</source>
      <translation>[Çõpîéd ·]</translation>
    </message>
  </context>
  <context>
    <name>CreateVaultView</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/create_vault_view.py" line="22" />
      <source>Your vault will be kept in %1</source>
      <translation>[Ýõür váült wîll bé képt îñ %1 ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/create_vault_view.py" line="40" />
      <source>Please choose a passphrase of at least %1 characters.</source>
      <translation>[Pléášé çhõõšé á páššphrášé õf át léášt %1 çháráçtérš. ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/create_vault_view.py" line="46" />
      <source>The two passphrases are different. Please type them again.</source>
      <translation>[Thé twõ páššphrášéš áré dîfféréñt. Pléášé týpé thém áğáîñ. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/create_vault.ui" line="2" />
      <source>Create your vault</source>
      <translation>[Çréáté ýõür váült ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/create_vault.ui" line="2" />
      <source>Welcome to Wellbeing Desktop</source>
      <translation>[Wélçõmé tõ Wéllbéîñğ Déšktõp ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/create_vault.ui" line="2" />
      <source>This is your private space for reflection, self-care and supervision. Everything you write stays on this computer, locked with a passphrase only you know.</source>
      <translation>[Thîš îš ýõür prîváté špáçé fõr réfléçtîõñ, šélf-çáré áñd šüpérvîšîõñ. Évérýthîñğ ýõü wrîté štáýš õñ thîš çõmpütér, lõçkéd wîth á páššphrášé õñlý ýõü kñõw. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/create_vault.ui" line="2" />
      <source>A good passphrase is long and easy for you to remember: four or five ordinary words that mean something only to you works well.</source>
      <translation>[Å ğõõd páššphrášé îš lõñğ áñd éášý fõr ýõü tõ rémémbér: fõür õr fîvé õrdîñárý wõrdš thát méáñ šõméthîñğ õñlý tõ ýõü wõrkš wéll. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/create_vault.ui" line="2" />
      <source>Choose a passphrase</source>
      <translation>[Çhõõšé á páššphrášé ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/create_vault.ui" line="2" />
      <source>New passphrase</source>
      <translation>[Ñéw páššphrášé ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/create_vault.ui" line="2" />
      <source>Type it again</source>
      <translation>[Týpé ît áğáîñ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/create_vault.ui" line="2" />
      <source>New passphrase again</source>
      <translation>[Ñéw páššphrášé áğáîñ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/create_vault.ui" line="2" />
      <source>Show passphrase</source>
      <translation>[Šhõw páššphrášé ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/create_vault.ui" line="2" />
      <source>Caps Lock seems to be on.</source>
      <translation>[Çápš Lõçk šéémš tõ bé õñ. ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/create_vault.ui" line="2" />
      <source>Please keep your passphrase somewhere safe. If you forget it, nobody can open your diary, not even us, unless you make a recovery key (in Preferences) and keep that safe too.</source>
      <translation>[Pléášé kéép ýõür páššphrášé šõméwhéré šáfé. Îf ýõü fõrğét ît, ñõbõdý çáñ õpéñ ýõür dîárý, ñõt évéñ üš, üñléšš ýõü máké á réçõvérý kéý (îñ Préféréñçéš) áñd kéép thát šáfé tõõ. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/create_vault.ui" line="2" />
      <source>Problem</source>
      <translation>[Prõblém ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/create_vault.ui" line="2" />
      <source>Working</source>
      <translation>[Wõrkîñğ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/create_vault.ui" line="2" />
      <source>Create my vault</source>
      <translation>[Çréáté mý váült ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/create_vault.ui" line="2" />
      <source>When ticked, shows the passphrase as you type, so you can check it</source>
      <translation>[Whéñ tîçkéd, šhõwš thé páššphrášé áš ýõü týpé, šõ ýõü çáñ çhéçk ît ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/create_vault.ui" line="2" />
      <source>Makes your private, encrypted vault with this passphrase</source>
      <translation>[Mákéš ýõür prîváté, éñçrýptéd váült wîth thîš páššphrášé ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
  </context>
  <context>
    <name>DataProblems</name>
    <message>
      <location filename="../../wellbeing_desktop/domain/checkin.py" line="68" />
      <location filename="../../wellbeing_desktop/domain/development.py" line="79" />
      <location filename="../../wellbeing_desktop/domain/development.py" line="122" />
      <location filename="../../wellbeing_desktop/domain/plan.py" line="57" />
      <location filename="../../wellbeing_desktop/domain/plan.py" line="76" />
      <location filename="../../wellbeing_desktop/domain/rules.py" line="98" />
      <location filename="../../wellbeing_desktop/domain/supervision.py" line="70" />
      <location filename="../../wellbeing_desktop/services/interchange_read.py" line="329" />
      <source>%1 appears twice</source>
      <translation>[%1 áppéárš twîçé ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/domain/checkin.py" line="72" />
      <source>names people, but talked_with_someone is false</source>
      <translation>[ñáméš péõplé, büt tálkéd_wîth_šõméõñé îš fálšé ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/domain/checkin.py" line="77" />
      <source>has %1 people; the most is %2</source>
      <translation>[háš %1 péõplé; thé mõšt îš %2 ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/domain/checkin.py" line="87" />
      <location filename="../../wellbeing_desktop/domain/development.py" line="29" />
      <location filename="../../wellbeing_desktop/domain/person.py" line="43" />
      <location filename="../../wellbeing_desktop/domain/plan.py" line="35" />
      <location filename="../../wellbeing_desktop/domain/rules.py" line="94" />
      <location filename="../../wellbeing_desktop/domain/supervision.py" line="31" />
      <source>is empty</source>
      <translation>[îš émptý ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/domain/development.py" line="73" />
      <source>has %1 steps; the most is %2</source>
      <translation>[háš %1 štépš; thé mõšt îš %2 ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/domain/development.py" line="103" />
      <source>%1 is not training or experience</source>
      <translation>[%1 îš ñõt tráîñîñğ õr éxpérîéñçé ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/domain/development.py" line="114" />
      <source>has %1 entries; the most is %2</source>
      <translation>[háš %1 éñtrîéš; thé mõšt îš %2 ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/domain/entry.py" line="60" />
      <source>is earlier than created_at</source>
      <translation>[îš éárlîér tháñ çréátéd_át ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/domain/person.py" line="48" />
      <location filename="../../wellbeing_desktop/services/interchange_v2.py" line="132" />
      <source>%1 is not one of %2</source>
      <translation>[%1 îš ñõt õñé õf %2 ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/domain/person.py" line="56" />
      <source>%1 is not a whole number of days</source>
      <translation>[%1 îš ñõt á whõlé ñümbér õf dáýš ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/domain/person.py" line="61" />
      <source>%1 is outside 1–%2 days</source>
      <translation>[%1 îš õütšîdé 1–%2 dáýš ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/domain/plan.py" line="83" />
      <source>%1 is used in another section</source>
      <translation>[%1 îš üšéd îñ áñõthér šéçtîõñ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/domain/reflection.py" line="36" />
      <source>%1 is not a month like 2026-11</source>
      <translation>[%1 îš ñõt á mõñth lîké 2026-11 ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/domain/reflection.py" line="42" />
      <source>%1 is not a whole number from 1 to 5</source>
      <translation>[%1 îš ñõt á whõlé ñümbér frõm 1 tõ 5 ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/domain/reflection.py" line="44" />
      <source>%1 is outside 1–5</source>
      <translation>[%1 îš õütšîdé 1–5 ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/domain/reflection.py" line="68" />
      <source>there is nothing to keep: no answers and no note</source>
      <translation>[théré îš ñõthîñğ tõ kéép: ñõ áñšwérš áñd ñõ ñõté ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/domain/reflection.py" line="73" />
      <source>has %1 answers; the most is %2</source>
      <translation>[háš %1 áñšwérš; thé mõšt îš %2 ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/domain/rules.py" line="33" />
      <source>%1 is not a UUID</source>
      <translation>[%1 îš ñõt á ÜÜÎD ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/domain/rules.py" line="39" />
      <source>%1 is not a short key (lowercase letters, digits and hyphens, at most 40)</source>
      <translation>[%1 îš ñõt á šhõrt kéý (lõwérçášé léttérš, dîğîtš áñd hýphéñš, át mõšt 40) ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/domain/rules.py" line="47" />
      <source>%1 is not a whole number from 1 to 10</source>
      <translation>[%1 îš ñõt á whõlé ñümbér frõm 1 tõ 10 ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/domain/rules.py" line="49" />
      <source>%1 is outside 1–10</source>
      <translation>[%1 îš õütšîdé 1–10 ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/domain/rules.py" line="55" />
      <source>%1 is not a number of hours</source>
      <translation>[%1 îš ñõt á ñümbér õf hõürš ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/domain/rules.py" line="57" />
      <source>%1 is outside 0–24 hours</source>
      <translation>[%1 îš õütšîdé 0–24 hõürš ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/domain/rules.py" line="64" />
      <source>%1 has no UTC offset</source>
      <translation>[%1 háš ñõ ÜTÇ õffšét ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/domain/rules.py" line="70" />
      <source>contains a NUL character</source>
      <translation>[çõñtáîñš á ÑÜL çháráçtér ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/domain/rules.py" line="74" />
      <source>contains a character that is not valid Unicode text</source>
      <translation>[çõñtáîñš á çháráçtér thát îš ñõt válîd Üñîçõdé téxt ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/domain/rules.py" line="76" />
      <source>is %1 characters long; the most is %2</source>
      <translation>[îš %1 çháráçtérš lõñğ; thé mõšt îš %2 ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/domain/rules.py" line="79" />
      <source>is %1 bytes long; the most is %2</source>
      <translation>[îš %1 býtéš lõñğ; thé mõšt îš %2 ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/domain/rules.py" line="88" />
      <source>has %1 words; the most is %2</source>
      <translation>[háš %1 wõrdš; thé mõšt îš %2 ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/domain/rules.py" line="96" />
      <source>%1 has spaces at its start or end</source>
      <translation>[%1 háš špáçéš át îtš štárt õr éñd ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/domain/supervision.py" line="61" />
      <source>has %1 actions; the most is %2</source>
      <translation>[háš %1 áçtîõñš; thé mõšt îš %2 ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/domain/times.py" line="28" />
      <source>%1 is not an ISO 8601 time</source>
      <translation>[%1 îš ñõt áñ ÎŠÕ 8601 tîmé ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/domain/times.py" line="31" />
      <source>%1 has no UTC offset (for example +00:00)</source>
      <translation>[%1 háš ñõ ÜTÇ õffšét (fõr éxámplé +00:00) ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/domain/times.py" line="35" />
      <source>%1 is not written like 2026-11-26T12:00:00+00:00</source>
      <translation>[%1 îš ñõt wrîttéñ lîké 2026-11-26T12:00:00+00:00 ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/domain/times.py" line="47" />
      <source>%1 is not a date like 2026-11-26</source>
      <translation>[%1 îš ñõt á dáté lîké 2026-11-26 ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/interchange_read.py" line="94" />
      <source>should be an object, not %1</source>
      <translation>[šhõüld bé áñ õbjéçt, ñõt %1 ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/interchange_read.py" line="97" />
      <source>%1 is missing</source>
      <translation>[%1 îš mîššîñğ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/interchange_read.py" line="99" />
      <source>%1 is not a known field</source>
      <translation>[%1 îš ñõt á kñõwñ fîéld ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/interchange_read.py" line="107" />
      <location filename="../../wellbeing_desktop/services/interchange_read.py" line="166" />
      <location filename="../../wellbeing_desktop/services/interchange_read.py" line="372" />
      <source>should be text, not %1</source>
      <translation>[šhõüld bé téxt, ñõt %1 ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/interchange_read.py" line="138" />
      <source>should be a whole number, not %1</source>
      <translation>[šhõüld bé á whõlé ñümbér, ñõt %1 ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/interchange_read.py" line="149" />
      <source>should be a number, not %1</source>
      <translation>[šhõüld bé á ñümbér, ñõt %1 ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/interchange_read.py" line="159" />
      <source>should be a list of words, not %1</source>
      <translation>[šhõüld bé á lîšt õf wõrdš, ñõt %1 ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/interchange_read.py" line="178" />
      <source>true/false</source>
      <translation>[trüé/fálšé ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/interchange_read.py" line="179" />
      <location filename="../../wellbeing_desktop/services/interchange_read.py" line="180" />
      <source>a number</source>
      <translation>[á ñümbér ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/interchange_read.py" line="181" />
      <source>text</source>
      <translation>[téxt ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/interchange_read.py" line="182" />
      <source>a list</source>
      <translation>[á lîšt ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/interchange_read.py" line="183" />
      <source>an object</source>
      <translation>[áñ õbjéçt ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/interchange_read.py" line="196" />
      <location filename="../../wellbeing_desktop/services/interchange_read.py" line="237" />
      <location filename="../../wellbeing_desktop/services/interchange_v2.py" line="96" />
      <location filename="../../wellbeing_desktop/services/interchange_v3.py" line="159" />
      <source>should be true or false, not %1</source>
      <translation>[šhõüld bé trüé õr fálšé, ñõt %1 ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/interchange_read.py" line="249" />
      <location filename="../../wellbeing_desktop/services/interchange_read.py" line="263" />
      <location filename="../../wellbeing_desktop/services/interchange_read.py" line="284" />
      <location filename="../../wellbeing_desktop/services/interchange_read.py" line="295" />
      <location filename="../../wellbeing_desktop/services/interchange_read.py" line="321" />
      <location filename="../../wellbeing_desktop/services/interchange_v2.py" line="69" />
      <location filename="../../wellbeing_desktop/services/interchange_v2.py" line="86" />
      <location filename="../../wellbeing_desktop/services/interchange_v3.py" line="199" />
      <source>should be a list, not %1</source>
      <translation>[šhõüld bé á lîšt, ñõt %1 ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/interchange_read.py" line="345" />
      <source>this is not a Wellbeing Desktop export ("format" should be "wellbeing-desktop")</source>
      <translation>[thîš îš ñõt á Wéllbéîñğ Déšktõp éxpõrt ("fõrmát" šhõüld bé "wéllbéîñğ-déšktõp") ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/interchange_read.py" line="354" />
      <source>%1 is not a version this app can read (it reads versions 1 to 3)</source>
      <translation>[%1 îš ñõt á véršîõñ thîš ápp çáñ réád (ît réádš véršîõñš 1 tõ 3) ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/interchange_read.py" line="367" />
      <source>is not a known field for version %1</source>
      <translation>[îš ñõt á kñõwñ fîéld fõr véršîõñ %1 ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/interchange_v2.py" line="121" />
      <source>is before created_at</source>
      <translation>[îš béfõré çréátéd_át ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/interchange_v3.py" line="148" />
      <source>%1 appears twice (a month holds one reflection)</source>
      <translation>[%1 áppéárš twîçé (á mõñth hõldš õñé réfléçtîõñ) ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/interchange_v3.py" line="169" />
      <source>is before it was written</source>
      <translation>[îš béfõré ît wáš wrîttéñ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/interchange_v3.py" line="232" />
      <source>should be a list of entry ids</source>
      <translation>[šhõüld bé á lîšt õf éñtrý îdš ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/interchange_v3.py" line="256" />
      <source>should be an object of answers, not %1</source>
      <translation>[šhõüld bé áñ õbjéçt õf áñšwérš, ñõt %1 ·~ ·~ ·~ ·~ ·]</translation>
    </message>
  </context>
  <context>
    <name>DateJump</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/widgets/date_jump.py" line="26" />
      <source>Choose a date to go to</source>
      <translation>[Çhõõšé á dáté tõ ğõ tõ ·~ ·~ ·~]</translation>
    </message>
  </context>
  <context>
    <name>DevelopmentGoals</name>
    <message>
      <location filename="../../ui/development_goals.ui" line="23" />
      <source>Development goals</source>
      <translation>[Dévélõpméñt ğõálš ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/development_goals.ui" line="24" />
      <source>Alt+Up and Alt+Down move the chosen goal; you can drag them too</source>
      <translation>[Ålt+Üp áñd Ålt+Dõwñ mõvé thé çhõšéñ ğõál; ýõü çáñ dráğ thém tõõ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/development_goals.ui" line="35" />
      <source>Adds a new goal</source>
      <translation>[Åddš á ñéw ğõál ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/development_goals.ui" line="36" />
      <source>Add a goal</source>
      <translation>[Ådd á ğõál ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/development_goals.ui" line="46" />
      <source>Up</source>
      <translation>[Üp ]</translation>
    </message>
    <message>
      <location filename="../../ui/development_goals.ui" line="47" />
      <source>Move the goal up</source>
      <translation>[Mõvé thé ğõál üp ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/development_goals.ui" line="48" />
      <source>Move the goal up (Alt+Up)</source>
      <translation>[Mõvé thé ğõál üp (Ålt+Üp) ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/development_goals.ui" line="53" />
      <source>Down</source>
      <translation>[Dõwñ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/development_goals.ui" line="54" />
      <source>Move the goal down</source>
      <translation>[Mõvé thé ğõál dõwñ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/development_goals.ui" line="55" />
      <source>Move the goal down (Alt+Down)</source>
      <translation>[Mõvé thé ğõál dõwñ (Ålt+Dõwñ) ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/development_goals.ui" line="73" />
      <source>What would you like to grow in? A goal can be small: feeling steadier in hard conversations, running a group, learning about a topic that keeps coming up.</source>
      <translation>[Whát wõüld ýõü lîké tõ ğrõw îñ? Å ğõál çáñ bé šmáll: féélîñğ štéádîér îñ hárd çõñvéršátîõñš, rüññîñğ á ğrõüp, léárñîñğ ábõüt á tõpîç thát kéépš çõmîñğ üp. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/development_goals.ui" line="79" />
      <source>Adds your first development goal</source>
      <translation>[Åddš ýõür fîršt dévélõpméñt ğõál ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/development_goals.ui" line="80" />
      <source>Write your first goal</source>
      <translation>[Wrîté ýõür fîršt ğõál ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/development_goals.ui" line="99" />
      <location filename="../../ui/development_goals.ui" line="105" />
      <source>What I want to grow in</source>
      <translation>[Whát Î wáñt tõ ğrõw îñ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/development_goals.ui" line="107" />
      <source>For example: feel steadier when someone talks about suicide</source>
      <translation>[Fõr éxámplé: féél štéádîér whéñ šõméõñé tálkš ábõüt šüîçîdé ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/development_goals.ui" line="112" />
      <location filename="../../ui/development_goals.ui" line="119" />
      <source>Why it matters to me</source>
      <translation>[Whý ît máttérš tõ mé ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/development_goals.ui" line="118" />
      <source>What growing in this would mean to you</source>
      <translation>[Whát ğrõwîñğ îñ thîš wõüld méáñ tõ ýõü ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/development_goals.ui" line="126" />
      <location filename="../../ui/development_goals.ui" line="131" />
      <source>Small next steps</source>
      <translation>[Šmáll ñéxt štépš ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/development_goals.ui" line="143" />
      <source>What's one small thing you could do next? Steps can have a date if that helps.</source>
      <translation>[Whát'š õñé šmáll thîñğ ýõü çõüld dõ ñéxt? Štépš çáñ hávé á dáté îf thát hélpš. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/development_goals.ui" line="154" />
      <source>Adds a step towards this goal</source>
      <translation>[Åddš á štép tõwárdš thîš ğõál ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/development_goals.ui" line="155" />
      <source>Add a step</source>
      <translation>[Ådd á štép ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/development_goals.ui" line="169" />
      <source>When ticked, this goal is marked as reached</source>
      <translation>[Whéñ tîçkéd, thîš ğõál îš márkéd áš réáçhéd ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/development_goals.ui" line="170" />
      <location filename="../../ui/development_goals.ui" line="171" />
      <source>I've reached this goal</source>
      <translation>[Î'vé réáçhéd thîš ğõál ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/development_goals.ui" line="185" />
      <source>Deletes the goal you chose, with its steps</source>
      <translation>[Délétéš thé ğõál ýõü çhõšé, wîth îtš štépš ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/development_goals.ui" line="186" />
      <source>Delete goal</source>
      <translation>[Délété ğõál ·~ ]</translation>
    </message>
  </context>
  <context>
    <name>DiaryBrowser</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/diary_browse.py" line="82" />
      <source>Free writing</source>
      <translation>[Fréé wrîtîñğ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/diary_browse.py" line="161" />
      <source>1 entry matches</source>
      <translation>[1 éñtrý mátçhéš ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/diary_browse.py" line="161" />
      <source>%1 entries match</source>
      <translation>[%1 éñtrîéš mátçh ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/diary_browse.py" line="163" />
      <source>1 entry</source>
      <translation>[1 éñtrý ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/diary_browse.py" line="163" />
      <source>%1 entries</source>
      <translation>[%1 éñtrîéš ·~]</translation>
    </message>
  </context>
  <context>
    <name>DiaryView</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/diary_view.py" line="41" />
      <location filename="../../ui/diary_view.ui" line="6" />
      <source>Diary</source>
      <translation>[Dîárý ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/diary_delete.py" line="21" />
      <location filename="../../wellbeing_desktop/gui/views/diary_delete.py" line="43" />
      <location filename="../../wellbeing_desktop/gui/views/diary_view.py" line="63" />
      <source>Delete entry</source>
      <translation>[Délété éñtrý ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/diary_delete.py" line="22" />
      <source>Delete this entry?</source>
      <translation>[Délété thîš éñtrý? ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/diary_delete.py" line="24" />
      <source>You can undo this from the Edit menu until you lock or close the app.</source>
      <translation>[Ýõü çáñ üñdõ thîš frõm thé Édît méñü üñtîl ýõü lõçk õr çlõšé thé ápp. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/diary_delete.py" line="26" />
      <source>Delete</source>
      <translation>[Délété ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/diary_delete.py" line="28" />
      <source>Keep</source>
      <translation>[Kéép ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/diary_view.py" line="158" />
      <source>Saving…</source>
      <translation>[Šávîñğ… ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/diary_view.py" line="171" />
      <source>%1. Your writing is still here.</source>
      <translation>[%1. Ýõür wrîtîñğ îš štîll héré. ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/diary_view.py" line="172" />
      <source>Couldn't save</source>
      <translation>[Çõüldñ't šávé ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/diary_view.py" line="173" />
      <source>Couldn't save: %1</source>
      <translation>[Çõüldñ't šávé: %1 ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/diary_view.py" line="179" />
      <source>Saved</source>
      <translation>[Šávéd ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/diary_view.py" line="236" />
      <source>Whatever you write stays private, encrypted on this computer.</source>
      <translation>[Whátévér ýõü wrîté štáýš prîváté, éñçrýptéd õñ thîš çõmpütér. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/diary_view.py" line="238" />
      <location filename="../../ui/diary_view.ui" line="252" />
      <source>Choose an entry to read it again, or start a new reflection.</source>
      <translation>[Çhõõšé áñ éñtrý tõ réád ît áğáîñ, õr štárt á ñéw réfléçtîõñ. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="28" />
      <location filename="../../ui/diary_view.ui" line="31" />
      <source>New reflection</source>
      <translation>[Ñéw réfléçtîõñ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="30" />
      <source>Start a new entry: free writing or a guided reflection</source>
      <translation>[Štárt á ñéw éñtrý: fréé wrîtîñğ õr á ğüîdéd réfléçtîõñ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="41" />
      <source>Go to date</source>
      <translation>[Ğõ tõ dáté ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="43" />
      <source>Go to the entries of a date</source>
      <translation>[Ğõ tõ thé éñtrîéš õf á dáté ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="44" />
      <source>Go to a date</source>
      <translation>[Ğõ tõ á dáté ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="49" />
      <source>Filters</source>
      <translation>[Fîltérš ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="51" />
      <source>Show or hide the filters</source>
      <translation>[Šhõw õr hîdé thé fîltérš ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="52" />
      <source>Show filters</source>
      <translation>[Šhõw fîltérš ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="60" />
      <source>Search your diary</source>
      <translation>[Šéárçh ýõür dîárý ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="61" />
      <source>Search the diary</source>
      <translation>[Šéárçh thé dîárý ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="77" />
      <source>&amp;Tag</source>
      <translation>[&amp;Táğ ]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="83" />
      <source>Show only the entries with this tag</source>
      <translation>[Šhõw õñlý thé éñtrîéš wîth thîš táğ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="84" />
      <source>Tag</source>
      <translation>[Táğ ]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="91" />
      <source>&amp;Kind</source>
      <translation>[&amp;Kîñd ·]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="97" />
      <source>Show only one kind of entry, or every kind</source>
      <translation>[Šhõw õñlý õñé kîñd õf éñtrý, õr évérý kîñd ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="98" />
      <source>Kind of entry</source>
      <translation>[Kîñd õf éñtrý ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="104" />
      <source>When ticked, shows only the entries written between the two dates you choose</source>
      <translation>[Whéñ tîçkéd, šhõwš õñlý thé éñtrîéš wrîttéñ bétwééñ thé twõ dátéš ýõü çhõõšé ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="105" />
      <source>&amp;From</source>
      <translation>[&amp;Frõm ·]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="106" />
      <source>Only entries between two dates</source>
      <translation>[Õñlý éñtrîéš bétwééñ twõ dátéš ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="114" />
      <source>Show entries written on or after this date</source>
      <translation>[Šhõw éñtrîéš wrîttéñ õñ õr áftér thîš dáté ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="117" />
      <source>First date</source>
      <translation>[Fîršt dáté ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="122" />
      <source>to</source>
      <translation>[tõ ]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="128" />
      <source>Show entries written on or before this date</source>
      <translation>[Šhõw éñtrîéš wrîttéñ õñ õr béfõré thîš dáté ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="131" />
      <source>Last date</source>
      <translation>[Lášt dáté ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="139" />
      <source>When ticked, shows only the entries you marked to bring to supervision</source>
      <translation>[Whéñ tîçkéd, šhõwš õñlý thé éñtrîéš ýõü márkéd tõ brîñğ tõ šüpérvîšîõñ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="140" />
      <source>Only for &amp;supervision</source>
      <translation>[Õñlý fõr &amp;šüpérvîšîõñ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="141" />
      <source>Only entries to bring to supervision</source>
      <translation>[Õñlý éñtrîéš tõ brîñğ tõ šüpérvîšîõñ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="150" />
      <source>Shows every entry again that matches your search</source>
      <translation>[Šhõwš évérý éñtrý áğáîñ thát mátçhéš ýõür šéárçh ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="151" />
      <source>Clear filters</source>
      <translation>[Çléár fîltérš ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="167" />
      <source>Number of entries</source>
      <translation>[Ñümbér õf éñtrîéš ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="179" />
      <source>Your diary entries; choose one to read or change it</source>
      <translation>[Ýõür dîárý éñtrîéš; çhõõšé õñé tõ réád õr çháñğé ît ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="180" />
      <source>Entries</source>
      <translation>[Éñtrîéš ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="198" />
      <source>Nothing here yet. When you're ready, write a few lines about your day.</source>
      <translation>[Ñõthîñğ héré ýét. Whéñ ýõü'ré réádý, wrîté á féw lîñéš ábõüt ýõür dáý. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="204" />
      <source>Opens a new diary entry</source>
      <translation>[Õpéñš á ñéw dîárý éñtrý ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="205" />
      <source>Write a reflection</source>
      <translation>[Wrîté á réfléçtîõñ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="225" />
      <source>No entries match.</source>
      <translation>[Ñõ éñtrîéš mátçh. ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="231" />
      <source>Empties the search box and clears the filters, so every entry shows again</source>
      <translation>[Émptîéš thé šéárçh bõx áñd çléárš thé fîltérš, šõ évérý éñtrý šhõwš áğáîñ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="232" />
      <source>Clear search and filters</source>
      <translation>[Çléár šéárçh áñd fîltérš ·~ ·~ ·~ ]</translation>
    </message>
  </context>
  <context>
    <name>EntryDelegate</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/widgets/entry_delegate.py" line="38" />
      <source>Supervision</source>
      <translation>[Šüpérvîšîõñ ·~ ]</translation>
    </message>
  </context>
  <context>
    <name>EntryEditor</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/diary_editor.py" line="63" />
      <source>Not set</source>
      <translation>[Ñõt šét ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/diary_editor.py" line="109" />
      <source>From a template that is no longer installed (%1)</source>
      <translation>[Frõm á témpláté thát îš ñõ lõñğér îñštálléd (%1) ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/diary_editor.py" line="115" />
      <source>dddd d MMMM yyyy, HH:mm</source>
      <translation>dddd d MMMM yyyy, HH:mm</translation>
    </message>
    <message>
      <location filename="../../ui/entry_editor.ui" line="6" />
      <source>Entry</source>
      <translation>[Éñtrý ·]</translation>
    </message>
    <message>
      <location filename="../../ui/entry_editor.ui" line="19" />
      <source>Title (optional)</source>
      <translation>[Tîtlé (õptîõñál) ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/entry_editor.ui" line="20" />
      <source>Title</source>
      <translation>[Tîtlé ·]</translation>
    </message>
    <message>
      <location filename="../../ui/entry_editor.ui" line="26" />
      <source>Read</source>
      <translation>[Réád ·]</translation>
    </message>
    <message>
      <location filename="../../ui/entry_editor.ui" line="27" />
      <source>Show the entry formatted, for reading (Ctrl+R)</source>
      <translation>[Šhõw thé éñtrý fõrmáttéd, fõr réádîñğ (Çtrl+R) ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/entry_editor.ui" line="28" />
      <source>Read as formatted text</source>
      <translation>[Réád áš fõrmáttéd téxt ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/entry_editor.ui" line="34" />
      <source>Delete…</source>
      <translation>[Délété… ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/entry_editor.ui" line="35" />
      <source>Delete this entry (you can undo it)</source>
      <translation>[Délété thîš éñtrý (ýõü çáñ üñdõ ît) ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/entry_editor.ui" line="36" />
      <source>Delete this entry</source>
      <translation>[Délété thîš éñtrý ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/entry_editor.ui" line="47" />
      <source>Written</source>
      <translation>[Wrîttéñ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/entry_editor.ui" line="58" />
      <source>Save status</source>
      <translation>[Šávé štátüš ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/entry_editor.ui" line="66" />
      <source>Why the entry could not be saved</source>
      <translation>[Whý thé éñtrý çõüld ñõt bé šávéd ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/entry_editor.ui" line="74" />
      <source>Guidance for this step</source>
      <translation>[Ğüîdáñçé fõr thîš štép ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/entry_editor.ui" line="108" />
      <source>Previous step (Alt+Up)</source>
      <translation>[Prévîõüš štép (Ålt+Üp) ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/entry_editor.ui" line="109" />
      <source>Previous step</source>
      <translation>[Prévîõüš štép ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/entry_editor.ui" line="116" />
      <source>Next step (Alt+Down)</source>
      <translation>[Ñéxt štép (Ålt+Dõwñ) ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/entry_editor.ui" line="117" />
      <source>Next step</source>
      <translation>[Ñéxt štép ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/entry_editor.ui" line="141" />
      <source>Write freely. It saves itself a moment after you stop typing.</source>
      <translation>[Wrîté fréélý. Ît šávéš îtšélf á mõméñt áftér ýõü štõp týpîñğ. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/entry_editor.ui" line="142" />
      <source>Write whatever is on your mind. It is saved as you go.</source>
      <translation>[Wrîté whátévér îš õñ ýõür mîñd. Ît îš šávéd áš ýõü ğõ. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/entry_editor.ui" line="143" />
      <source>Your writing</source>
      <translation>[Ýõür wrîtîñğ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/entry_editor.ui" line="147" />
      <source>Your writing, formatted for reading</source>
      <translation>[Ýõür wrîtîñğ, fõrmáttéd fõr réádîñğ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/entry_editor.ui" line="159" />
      <source>T&amp;ags</source>
      <translation>[T&amp;áğš ·]</translation>
    </message>
    <message>
      <location filename="../../ui/entry_editor.ui" line="165" />
      <source>For example: group, phone</source>
      <translation>[Fõr éxámplé: ğrõüp, phõñé ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/entry_editor.ui" line="166" />
      <source>Tags, separated by commas</source>
      <translation>[Táğš, šépárátéd bý çõmmáš ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/entry_editor.ui" line="171" />
      <source>&amp;Feelings</source>
      <translation>[&amp;Féélîñğš ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/entry_editor.ui" line="177" />
      <source>For example: tired, proud</source>
      <translation>[Fõr éxámplé: tîréd, prõüd ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/entry_editor.ui" line="178" />
      <source>Feeling words, separated by commas</source>
      <translation>[Féélîñğ wõrdš, šépárátéd bý çõmmáš ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/entry_editor.ui" line="183" />
      <source>&amp;Mood</source>
      <translation>[&amp;Mõõd ·]</translation>
    </message>
    <message>
      <location filename="../../ui/entry_editor.ui" line="192" />
      <source>Mood, from 1 to 10, or not set</source>
      <translation>[Mõõd, frõm 1 tõ 10, õr ñõt šét ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/entry_editor.ui" line="196" />
      <source>When ticked, this entry goes with you to your next supervision session</source>
      <translation>[Whéñ tîçkéd, thîš éñtrý ğõéš wîth ýõü tõ ýõür ñéxt šüpérvîšîõñ šéššîõñ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/entry_editor.ui" line="197" />
      <source>&amp;Bring to supervision</source>
      <translation>[&amp;Brîñğ tõ šüpérvîšîõñ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/entry_editor.ui" line="198" />
      <source>Bring to supervision</source>
      <translation>[Brîñğ tõ šüpérvîšîõñ ·~ ·~ ·]</translation>
    </message>
  </context>
  <context>
    <name>EntryListModel</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/models/entry_list_model.py" line="101" />
      <source>Untitled</source>
      <translation>[Üñtîtléd ·~]</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/export_dialog.py" line="108" />
      <source>Untitled entry</source>
      <translation>[Üñtîtléd éñtrý ·~ ·~]</translation>
    </message>
    <message numerus="yes">
      <location filename="../../wellbeing_desktop/gui/dialogs/export_dialog.py" line="142" />
      <source>%n chosen</source>
      <translation>
        <numerusform>[%n çhõšéñ ·~]</numerusform>
        <numerusform>[%n çhõšéñ ·~]</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/export_dialog.py" line="144" />
      <location filename="../../ui/export_dialog.ui" line="120" />
      <source>None chosen yet</source>
      <translation>[Ñõñé çhõšéñ ýét ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/export_dialog.py" line="146" />
      <source>Save as PDF…</source>
      <translation>[Šávé áš PDF… ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/export_dialog.py" line="146" />
      <location filename="../../ui/export_dialog.ui" line="182" />
      <source>Save…</source>
      <translation>[Šávé… ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/export_dialog.py" line="160" />
      <source>Save the export</source>
      <translation>[Šávé thé éxpõrt ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/export_dialog.py" line="186" />
      <source>Saving…</source>
      <translation>[Šávîñğ… ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.ui" line="6" />
      <source>Export or print</source>
      <translation>[Éxpõrt õr prîñt ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.ui" line="15" />
      <source>What would you like to export or print?</source>
      <translation>[Whát wõüld ýõü lîké tõ éxpõrt õr prîñt? ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.ui" line="23" />
      <source>All your data in one file, to keep or to move to another app</source>
      <translation>[Åll ýõür dátá îñ õñé fîlé, tõ kéép õr tõ mõvé tõ áñõthér ápp ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.ui" line="24" />
      <source>Everything, as a file you can import again (JSON)</source>
      <translation>[Évérýthîñğ, áš á fîlé ýõü çáñ împõrt áğáîñ (JŠÕÑ) ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.ui" line="26" />
      <source>Everything, as JSON</source>
      <translation>[Évérýthîñğ, áš JŠÕÑ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.ui" line="31" />
      <source>Your diary entries, as plain text</source>
      <translation>[Ýõür dîárý éñtrîéš, áš pláîñ téxt ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.ui" line="32" />
      <source>My diary, as text any editor can open (Markdown)</source>
      <translation>[Mý dîárý, áš téxt áñý édîtõr çáñ õpéñ (Márkdõwñ) ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.ui" line="33" />
      <source>My diary, as Markdown</source>
      <translation>[Mý dîárý, áš Márkdõwñ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.ui" line="38" />
      <source>Every check-in, as a file a spreadsheet can open</source>
      <translation>[Évérý çhéçk-îñ, áš á fîlé á špréádšhéét çáñ õpéñ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.ui" line="39" />
      <source>My check-ins, for a spreadsheet (CSV)</source>
      <translation>[Mý çhéçk-îñš, fõr á špréádšhéét (ÇŠV) ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.ui" line="40" />
      <source>My check-ins, as CSV</source>
      <translation>[Mý çhéçk-îñš, áš ÇŠV ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.ui" line="45" />
      <source>Your self-care plan, in one document</source>
      <translation>[Ýõür šélf-çáré pláñ, îñ õñé dõçüméñt ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.ui" line="46" />
      <source>My self-care plan, with support contacts (PDF or print)</source>
      <translation>[Mý šélf-çáré pláñ, wîth šüppõrt çõñtáçtš (PDF õr prîñt) ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.ui" line="47" />
      <source>My self-care plan, as PDF or print</source>
      <translation>[Mý šélf-çáré pláñ, áš PDF õr prîñt ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.ui" line="52" />
      <source>What you chose to bring to supervision, in one document</source>
      <translation>[Whát ýõü çhõšé tõ brîñğ tõ šüpérvîšîõñ, îñ õñé dõçüméñt ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.ui" line="53" />
      <source>My supervision pack: plan, flagged entries, mood summary (PDF or print)</source>
      <translation>[Mý šüpérvîšîõñ páçk: pláñ, fláğğéd éñtrîéš, mõõd šümmárý (PDF õr prîñt) ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.ui" line="54" />
      <source>My supervision pack, as PDF or print</source>
      <translation>[Mý šüpérvîšîõñ páçk, áš PDF õr prîñt ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.ui" line="63" />
      <source>Mood &amp;over:</source>
      <translation>[Mõõd &amp;õvér: ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.ui" line="69" />
      <source>How far back the mood summary in the pack goes</source>
      <translation>[Hõw fár báçk thé mõõd šümmárý îñ thé páçk ğõéš ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.ui" line="70" />
      <source>The time the pack's mood summary covers</source>
      <translation>[Thé tîmé thé páçk'š mõõd šümmárý çõvérš ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.ui" line="71" />
      <source>the last two weeks</source>
      <translation>[thé lášt twõ wéékš ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.ui" line="72" />
      <source>the last three months</source>
      <translation>[thé lášt thréé mõñthš ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.ui" line="73" />
      <source>the last year</source>
      <translation>[thé lášt ýéár ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.ui" line="74" />
      <source>all the time I have checked in</source>
      <translation>[áll thé tîmé Î hávé çhéçkéd îñ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.ui" line="86" />
      <source>Only the diary entries you tick below</source>
      <translation>[Õñlý thé dîárý éñtrîéš ýõü tîçk bélõw ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.ui" line="87" />
      <source>Diary entries I choose (PDF or print)</source>
      <translation>[Dîárý éñtrîéš Î çhõõšé (PDF õr prîñt) ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.ui" line="88" />
      <source>Diary entries I choose, as PDF or print</source>
      <translation>[Dîárý éñtrîéš Î çhõõšé, áš PDF õr prîñt ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.ui" line="104" />
      <source>Filter by title or date</source>
      <translation>[Fîltér bý tîtlé õr dáté ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.ui" line="106" />
      <source>Filter the entries by title or date</source>
      <translation>[Fîltér thé éñtrîéš bý tîtlé õr dáté ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.ui" line="110" />
      <source>Tick the entries you want to include</source>
      <translation>[Tîçk thé éñtrîéš ýõü wáñt tõ îñçlüdé ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.ui" line="111" />
      <source>Diary entries to include</source>
      <translation>[Dîárý éñtrîéš tõ îñçlüdé ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.ui" line="130" />
      <source>Ticks every entry in the list</source>
      <translation>[Tîçkš évérý éñtrý îñ thé lîšt ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.ui" line="131" />
      <source>Choose all shown</source>
      <translation>[Çhõõšé áll šhõwñ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.ui" line="136" />
      <source>Unticks every entry</source>
      <translation>[Üñtîçkš évérý éñtrý ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.ui" line="137" />
      <source>Clear</source>
      <translation>[Çléár ·]</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.ui" line="138" />
      <source>Clear the chosen entries</source>
      <translation>[Çléár thé çhõšéñ éñtrîéš ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.ui" line="155" />
      <source>The file you save will not be encrypted: anyone who can open the folder you save it in can read it.</source>
      <translation>[Thé fîlé ýõü šávé wîll ñõt bé éñçrýptéd: áñýõñé whõ çáñ õpéñ thé fõldér ýõü šávé ît îñ çáñ réád ît. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.ui" line="175" />
      <source>Prints what you chose</source>
      <translation>[Prîñtš whát ýõü çhõšé ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.ui" line="176" />
      <source>Print…</source>
      <translation>[Prîñt… ·]</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.ui" line="181" />
      <source>Saves what you chose to a file; you pick where</source>
      <translation>[Šávéš whát ýõü çhõšé tõ á fîlé; ýõü pîçk whéré ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.ui" line="187" />
      <source>Closes without saving or printing anything</source>
      <translation>[Çlõšéš wîthõüt šávîñğ õr prîñtîñğ áñýthîñğ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.ui" line="188" />
      <source>Cancel</source>
      <translation>[Çáñçél ·]</translation>
    </message>
  </context>
  <context>
    <name>FilterBar</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/diary_filters.py" line="47" />
      <source>Any kind</source>
      <translation>[Åñý kîñd ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/diary_filters.py" line="48" />
      <source>Free writing</source>
      <translation>[Fréé wrîtîñğ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/diary_filters.py" line="62" />
      <source>Any tag</source>
      <translation>[Åñý táğ ·~]</translation>
    </message>
  </context>
  <context>
    <name>GoalsPanel</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/growth_goals.py" line="124" />
      <source>Reached on %1</source>
      <translation>[Réáçhéd õñ %1 ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/growth_goals.py" line="128" />
      <source>No next step yet</source>
      <translation>[Ñõ ñéxt štép ýét ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/growth_goals.py" line="131" />
      <source>Next: %1 (by %2)</source>
      <translation>[Ñéxt: %1 (bý %2) ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/growth_goals.py" line="134" />
      <source>Next: %1</source>
      <translation>[Ñéxt: %1 ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/growth_goals.py" line="196" />
      <source>Saving…</source>
      <translation>[Šávîñğ… ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/growth_goals.py" line="206" />
      <source>Your goal is kept once it has a few words.</source>
      <translation>[Ýõür ğõál îš képt õñçé ît háš á féw wõrdš. ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/growth_goals.py" line="215" />
      <source>Couldn't save: %1. Your words are still here.</source>
      <translation>[Çõüldñ't šávé: %1. Ýõür wõrdš áré štîll héré. ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/growth_goals.py" line="218" />
      <source>Saved</source>
      <translation>[Šávéd ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/growth_goals.py" line="242" />
      <source>Delete this goal and its steps?</source>
      <translation>[Délété thîš ğõál áñd îtš štépš? ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/growth_goals.py" line="245" />
      <source>Delete goal</source>
      <translation>[Délété ğõál ·~ ]</translation>
    </message>
  </context>
  <context>
    <name>GrowthView</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/growth_delete.py" line="24" />
      <location filename="../../wellbeing_desktop/gui/views/growth_delete.py" line="29" />
      <source>Delete</source>
      <translation>[Délété ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/growth_delete.py" line="27" />
      <source>You can undo this from the Edit menu until you lock or close the app.</source>
      <translation>[Ýõü çáñ üñdõ thîš frõm thé Édît méñü üñtîl ýõü lõçk õr çlõšé thé ápp. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/growth_delete.py" line="31" />
      <source>Keep</source>
      <translation>[Kéép ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/growth_view.py" line="47" />
      <location filename="../../ui/growth_view.ui" line="5" />
      <location filename="../../ui/growth_view.ui" line="41" />
      <source>Growing</source>
      <translation>[Ğrõwîñğ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/growth_view.py" line="123" />
      <source>Save my development record as PDF</source>
      <translation>[Šávé mý dévélõpméñt réçõrd áš PDF ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/growth_view.py" line="125" />
      <source>PDF files (*.pdf)</source>
      <translation>[PDF fîléš (*.pdf) ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/growth_view.py" line="136" />
      <source>Saved to %1.</source>
      <translation>[Šávéd tõ %1. ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/growth_view.ui" line="20" />
      <source>Growing in the role</source>
      <translation>[Ğrõwîñğ îñ thé rõlé ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/growth_view.ui" line="25" />
      <source>What you want to grow in, what you've learned along the way, and how the work is sitting with you.</source>
      <translation>[Whát ýõü wáñt tõ ğrõw îñ, whát ýõü'vé léárñéd álõñğ thé wáý, áñd hõw thé wõrk îš šîttîñğ wîth ýõü. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/growth_view.ui" line="33" />
      <source>Save my development record as PDF…</source>
      <translation>[Šávé mý dévélõpméñt réçõrd áš PDF… ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/growth_view.ui" line="34" />
      <source>Your goals and learning log on paper, for an appraisal or supervision. Diary entries are named by title only.</source>
      <translation>[Ýõür ğõálš áñd léárñîñğ lõğ õñ pápér, fõr áñ áppráîšál õr šüpérvîšîõñ. Dîárý éñtrîéš áré ñáméd bý tîtlé õñlý. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/growth_view.ui" line="44" />
      <source>Development goals</source>
      <translation>[Dévélõpméñt ğõálš ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/growth_view.ui" line="44" />
      <source>Goals you're working towards, and their steps</source>
      <translation>[Ğõálš ýõü'ré wõrkîñğ tõwárdš, áñd théîr štépš ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/growth_view.ui" line="53" />
      <source>Learning log</source>
      <translation>[Léárñîñğ lõğ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/growth_view.ui" line="53" />
      <source>Notes on what you've learned, from courses, reading and supervision</source>
      <translation>[Ñõtéš õñ whát ýõü'vé léárñéd, frõm çõüršéš, réádîñğ áñd šüpérvîšîõñ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/growth_view.ui" line="62" />
      <source>Work reflection</source>
      <translation>[Wõrk réfléçtîõñ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/growth_view.ui" line="62" />
      <source>Your monthly reflection on how the work is sitting with you</source>
      <translation>[Ýõür mõñthlý réfléçtîõñ õñ hõw thé wõrk îš šîttîñğ wîth ýõü ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
  </context>
  <context>
    <name>JournalImport</name>
    <message>
      <location filename="../../wellbeing_desktop/services/journal_import/daylio.py" line="33" />
      <source>a Daylio CSV export</source>
      <translation>[á Dáýlîõ ÇŠV éxpõrt ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/journal_import/daylio.py" line="40" />
      <source>Daylio's moods become your 1–10 mood: %1.</source>
      <translation>[Dáýlîõ'š mõõdš béçõmé ýõür 1–10 mõõd: %1. ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/journal_import/daylio.py" line="61" />
      <location filename="../../wellbeing_desktop/services/journal_import/daylio.py" line="79" />
      <source>cannot be read as CSV (%1)</source>
      <translation>[çáññõt bé réád áš ÇŠV (%1) ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/journal_import/daylio.py" line="67" />
      <source>has no %1 column, so this is not %2</source>
      <translation>[háš ñõ %1 çõlümñ, šõ thîš îš ñõt %2 ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/journal_import/daylio.py" line="89" />
      <source>Activities are kept as the last line of each check-in's note.</source>
      <translation>[Åçtîvîtîéš áré képt áš thé lášt lîñé õf éáçh çhéçk-îñ'š ñõté. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/journal_import/daylio.py" line="92" />
      <source>Daylio keeps times without a time zone, so they are read as this computer's time (%1).</source>
      <translation>[Dáýlîõ kéépš tîméš wîthõüt á tîmé žõñé, šõ théý áré réád áš thîš çõmpütér'š tîmé (%1). ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/journal_import/daylio.py" line="107" />
      <source>has %1 fields; the first line names %2</source>
      <translation>[háš %1 fîéldš; thé fîršt lîñé ñáméš %2 ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/journal_import/daylio.py" line="123" />
      <source>mood %1 is not one of Daylio's five moods (rad, good, meh, bad, awful); a mood renamed in Daylio cannot be matched</source>
      <translation>[mõõd %1 îš ñõt õñé õf Dáýlîõ'š fîvé mõõdš (rád, ğõõd, méh, bád, áwfül); á mõõd réñáméd îñ Dáýlîõ çáññõt bé mátçhéd ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/journal_import/daylio.py" line="150" />
      <source>%1 is not a date like 2024-03-01</source>
      <translation>[%1 îš ñõt á dáté lîké 2024-03-01 ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/journal_import/daylio.py" line="162" />
      <source>%1 is not a time like 9:15 pm or 21:15</source>
      <translation>[%1 îš ñõt á tîmé lîké 9:15 pm õr 21:15 ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/journal_import/daylio.py" line="168" />
      <source>line %1</source>
      <translation>[lîñé %1 ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/journal_import/dayone.py" line="35" />
      <source>a Day One JSON export</source>
      <translation>[á Dáý Õñé JŠÕÑ éxpõrt ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/journal_import/dayone.py" line="60" />
      <source>%1 appears twice (first at %2)</source>
      <translation>[%1 áppéárš twîçé (fîršt át %2) ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/journal_import/dayone.py" line="68" />
      <source>Times keep the time zone Day One recorded with each entry.</source>
      <translation>[Tîméš kéép thé tîmé žõñé Dáý Õñé réçõrdéd wîth éáçh éñtrý. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message numerus="yes">
      <location filename="../../wellbeing_desktop/services/journal_import/dayone.py" line="72" />
      <source>%Ln entries have no time zone, so they are shown in this computer's time (%1).</source>
      <comment>%Ln entry has no time zone, so it is shown in this computer's time (%1).</comment>
      <translation>
        <numerusform>[%Ln éñtrîéš hávé ñõ tîmé žõñé, šõ théý áré šhõwñ îñ thîš çõmpütér'š tîmé (%1). ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</numerusform>
        <numerusform>[%Ln éñtrîéš hávé ñõ tîmé žõñé, šõ théý áré šhõwñ îñ thîš çõmpütér'š tîmé (%1). ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../wellbeing_desktop/services/journal_import/dayone.py" line="80" />
      <source>%Ln photos or recordings are not brought: only the words are.</source>
      <comment>%Ln photo or recording is not brought: only the words are.</comment>
      <translation>
        <numerusform>[%Ln phõtõš õr réçõrdîñğš áré ñõt brõüğht: õñlý thé wõrdš áré. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</numerusform>
        <numerusform>[%Ln phõtõš õr réçõrdîñğš áré ñõt brõüğht: õñlý thé wõrdš áré. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/journal_import/dayone.py" line="93" />
      <location filename="../../wellbeing_desktop/services/journal_import/jrnl.py" line="66" />
      <source>should be an object, not %1</source>
      <translation>[šhõüld bé áñ õbjéçt, ñõt %1 ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/journal_import/dayone.py" line="108" />
      <source>%1 is not a time zone this computer knows</source>
      <translation>[%1 îš ñõt á tîmé žõñé thîš çõmpütér kñõwš ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/journal_import/dayone.py" line="138" />
      <source>%1 is not a time like 2024-03-01T09:15:00Z</source>
      <translation>[%1 îš ñõt á tîmé lîké 2024-03-01T09:15:00Ž ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/journal_import/jrnl.py" line="33" />
      <source>a jrnl JSON export</source>
      <translation>[á jrñl JŠÕÑ éxpõrt ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/journal_import/jrnl.py" line="56" />
      <source>jrnl keeps times without a time zone, so they are read as this computer's time (%1).</source>
      <translation>[jrñl kéépš tîméš wîthõüt á tîmé žõñé, šõ théý áré réád áš thîš çõmpütér'š tîmé (%1). ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/journal_import/jrnl.py" line="81" />
      <source>%1 at %2 is not a date like 2024-03-01 and a time like 09:15</source>
      <translation>[%1 át %2 îš ñõt á dáté lîké 2024-03-01 áñd á tîmé lîké 09:15 ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message numerus="yes">
      <location filename="../../wellbeing_desktop/services/journal_import/preview.py" line="26" />
      <source>%Ln new diary entries</source>
      <comment>%Ln new diary entry</comment>
      <translation>
        <numerusform>[%Ln ñéw dîárý éñtrîéš ·~ ·~ ]</numerusform>
        <numerusform>[%Ln ñéw dîárý éñtrîéš ·~ ·~ ]</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../wellbeing_desktop/services/journal_import/preview.py" line="30" />
      <source>%Ln new check-ins</source>
      <comment>%Ln new check-in</comment>
      <translation>
        <numerusform>[%Ln ñéw çhéçk-îñš ·~ ·~]</numerusform>
        <numerusform>[%Ln ñéw çhéçk-îñš ·~ ·~]</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/journal_import/preview.py" line="35" />
      <source>%1 and %2</source>
      <translation>[%1 áñd %2 ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/journal_import/preview.py" line="59" />
      <source>Everything in this file is already in your vault; importing it would change nothing.</source>
      <translation>[Évérýthîñğ îñ thîš fîlé îš álréádý îñ ýõür váült; împõrtîñğ ît wõüld çháñğé ñõthîñğ. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/journal_import/preview.py" line="66" />
      <source>Importing adds %1.</source>
      <translation>[Împõrtîñğ áddš %1. ·~ ·~]</translation>
    </message>
    <message numerus="yes">
      <location filename="../../wellbeing_desktop/services/journal_import/preview.py" line="69" />
      <source>%Ln entries changed in %1 since you last imported will be updated.</source>
      <comment>%Ln entry changed in %1 since you last imported will be updated.</comment>
      <translation>
        <numerusform>[%Ln éñtrîéš çháñğéd îñ %1 šîñçé ýõü lášt împõrtéd wîll bé üpdátéd. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</numerusform>
        <numerusform>[%Ln éñtrîéš çháñğéd îñ %1 šîñçé ýõü lášt împõrtéd wîll bé üpdátéd. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../wellbeing_desktop/services/journal_import/preview.py" line="86" />
      <source>%Ln diary entries</source>
      <comment>%Ln diary entry</comment>
      <translation>
        <numerusform>[%Ln dîárý éñtrîéš ·~ ·~]</numerusform>
        <numerusform>[%Ln dîárý éñtrîéš ·~ ·~]</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../wellbeing_desktop/services/journal_import/preview.py" line="88" />
      <source>%Ln check-ins</source>
      <comment>%Ln check-in</comment>
      <translation>
        <numerusform>[%Ln çhéçk-îñš ·~ ]</numerusform>
        <numerusform>[%Ln çhéçk-îñš ·~ ]</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/journal_import/preview.py" line="89" />
      <source>nothing to import</source>
      <translation>[ñõthîñğ tõ împõrt ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/journal_import/preview.py" line="92" />
      <source>This %1 file holds %2 from %3 to %4.</source>
      <translation>[Thîš %1 fîlé hõldš %2 frõm %3 tõ %4. ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/journal_import/preview.py" line="100" />
      <source>This %1 file holds %2 on %3.</source>
      <translation>[Thîš %1 fîlé hõldš %2 õñ %3. ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/journal_import/preview.py" line="103" />
      <source>This %1 file holds %2.</source>
      <translation>[Thîš %1 fîlé hõldš %2. ·~ ·~ ]</translation>
    </message>
    <message numerus="yes">
      <location filename="../../wellbeing_desktop/services/journal_import/preview.py" line="109" />
      <source>%Ln are already in your vault and will be left as they are.</source>
      <comment>%Ln is already in your vault and will be left as they are.</comment>
      <translation>
        <numerusform>[%Ln áré álréádý îñ ýõür váült áñd wîll bé léft áš théý áré. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</numerusform>
        <numerusform>[%Ln áré álréádý îñ ýõür váült áñd wîll bé léft áš théý áré. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../wellbeing_desktop/services/journal_import/preview.py" line="117" />
      <source>%Ln empty entries are left out.</source>
      <comment>%Ln empty entry is left out.</comment>
      <translation>
        <numerusform>[%Ln émptý éñtrîéš áré léft õüt. ·~ ·~ ·~ ·]</numerusform>
        <numerusform>[%Ln émptý éñtrîéš áré léft õüt. ·~ ·~ ·~ ·]</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/journal_import/preview.py" line="177" />
      <source>Brought in %1 from %2</source>
      <translation>[Brõüğht îñ %1 frõm %2 ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/journal_import/preview.py" line="179" />
      <source>Nothing new from %1</source>
      <translation>[Ñõthîñğ ñéw frõm %1 ·~ ·~ ]</translation>
    </message>
    <message numerus="yes">
      <location filename="../../wellbeing_desktop/services/journal_import/preview.py" line="182" />
      <source>%1, and updated %Ln entries</source>
      <comment>%1, and updated %Ln entry</comment>
      <translation>
        <numerusform>[%1, áñd üpdátéd %Ln éñtrîéš ·~ ·~ ·~]</numerusform>
        <numerusform>[%1, áñd üpdátéd %Ln éñtrîéš ·~ ·~ ·~]</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../wellbeing_desktop/services/journal_import/preview.py" line="188" />
      <source>%1; %Ln were already in your vault</source>
      <comment>%1; %Ln was already in your vault</comment>
      <translation>
        <numerusform>[%1; %Ln wéré álréádý îñ ýõür váült ·~ ·~ ·~ ·~]</numerusform>
        <numerusform>[%1; %Ln wéré álréádý îñ ýõür váült ·~ ·~ ·~ ·~]</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/journal_import/json_fields.py" line="19" />
      <source>true/false</source>
      <translation>[trüé/fálšé ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/journal_import/json_fields.py" line="20" />
      <location filename="../../wellbeing_desktop/services/journal_import/json_fields.py" line="21" />
      <source>a number</source>
      <translation>[á ñümbér ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/journal_import/json_fields.py" line="22" />
      <source>text</source>
      <translation>[téxt ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/journal_import/json_fields.py" line="23" />
      <source>a list</source>
      <translation>[á lîšt ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/journal_import/json_fields.py" line="24" />
      <source>an object</source>
      <translation>[áñ õbjéçt ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/journal_import/json_fields.py" line="32" />
      <source>should be an object with "entries", not %1, so it is not %2</source>
      <translation>[šhõüld bé áñ õbjéçt wîth "éñtrîéš", ñõt %1, šõ ît îš ñõt %2 ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/journal_import/json_fields.py" line="34" />
      <source>(the file)</source>
      <translation>[(thé fîlé) ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/journal_import/json_fields.py" line="38" />
      <source>is missing, so this is not %1</source>
      <translation>[îš mîššîñğ, šõ thîš îš ñõt %1 ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/journal_import/json_fields.py" line="43" />
      <source>should be a list, not %1</source>
      <translation>[šhõüld bé á lîšt, ñõt %1 ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/journal_import/json_fields.py" line="53" />
      <source>is missing</source>
      <translation>[îš mîššîñğ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/journal_import/json_fields.py" line="57" />
      <location filename="../../wellbeing_desktop/services/journal_import/json_fields.py" line="87" />
      <source>should be text, not %1</source>
      <translation>[šhõüld bé téxt, ñõt %1 ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/journal_import/json_fields.py" line="67" />
      <source>should be true or false, not %1</source>
      <translation>[šhõüld bé trüé õr fálšé, ñõt %1 ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/journal_import/json_fields.py" line="78" />
      <source>should be a list of words, not %1</source>
      <translation>[šhõüld bé á lîšt õf wõrdš, ñõt %1 ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/journal_import/journal.py" line="73" />
      <source>local time</source>
      <translation>[lõçál tîmé ·~ ]</translation>
    </message>
  </context>
  <context>
    <name>JournalImportDialog</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/journal_import_dialog.py" line="54" />
      <source>In a terminal: jrnl --format json --file my-journal.json, then choose that file.</source>
      <translation>[Îñ á térmîñál: jrñl --fõrmát jšõñ --fîlé mý-jõürñál.jšõñ, théñ çhõõšé thát fîlé. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/journal_import_dialog.py" line="57" />
      <source>In Day One: File ▸ Export ▸ JSON (on a phone: Settings ▸ Import/Export). Unzip what it saves and choose the journal's .json file inside.</source>
      <translation>[Îñ Dáý Õñé: Fîlé ▸ Éxpõrt ▸ JŠÕÑ (õñ á phõñé: Šéttîñğš ▸ Împõrt/Éxpõrt). Üñžîp whát ît šávéš áñd çhõõšé thé jõürñál'š .jšõñ fîlé îñšîdé. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/journal_import_dialog.py" line="61" />
      <source>In Daylio: More ▸ Export entries ▸ CSV, then copy the file to this computer and choose it.</source>
      <translation>[Îñ Dáýlîõ: Mõré ▸ Éxpõrt éñtrîéš ▸ ÇŠV, théñ çõpý thé fîlé tõ thîš çõmpütér áñd çhõõšé ît. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/journal_import_dialog.py" line="66" />
      <source>Import</source>
      <translation>[Împõrt ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/journal_import_dialog.py" line="68" />
      <source>Adds the entries from the file to your diary</source>
      <translation>[Åddš thé éñtrîéš frõm thé fîlé tõ ýõür dîárý ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/journal_import_dialog.py" line="73" />
      <source>Closes this window; nothing is added until you press Import</source>
      <translation>[Çlõšéš thîš wîñdõw; ñõthîñğ îš áddéd üñtîl ýõü préšš Împõrt ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/journal_import_dialog.py" line="93" />
      <source>%1 export (*.%2)</source>
      <translation>[%1 éxpõrt (*.%2) ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/journal_import_dialog.py" line="96" />
      <source>Choose your %1 export</source>
      <translation>[Çhõõšé ýõür %1 éxpõrt ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/journal_import_dialog.py" line="98" />
      <source>All files (*)</source>
      <translation>[Åll fîléš (*) ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/journal_import_dialog.py" line="122" />
      <source>Reading the file…</source>
      <translation>[Réádîñğ thé fîlé… ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/journal_import_dialog.py" line="147" />
      <source>Nothing will be imported from this file.</source>
      <translation>[Ñõthîñğ wîll bé împõrtéd frõm thîš fîlé. ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/journal_import_dialog.py" line="151" />
      <source>This file cannot be imported as it is, so nothing was changed:</source>
      <translation>[Thîš fîlé çáññõt bé împõrtéd áš ît îš, šõ ñõthîñğ wáš çháñğéd: ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message numerus="yes">
      <location filename="../../wellbeing_desktop/gui/dialogs/journal_import_dialog.py" line="154" />
      <source>…and %n more.</source>
      <translation>
        <numerusform>[…áñd %n mõré. ·~ ]</numerusform>
        <numerusform>[…áñd %n mõré. ·~ ]</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/journal_import_dialog.py" line="167" />
      <source>Importing…</source>
      <translation>[Împõrtîñğ… ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/journal_import_dialog.py" line="182" />
      <source>Imported. Choose another file to bring more.</source>
      <translation>[Împõrtéd. Çhõõšé áñõthér fîlé tõ brîñğ mõré. ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/journal_import_dialog.py" line="185" />
      <source>Close</source>
      <translation>[Çlõšé ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/journal_import_dialog.py" line="200" />
      <source>Nothing was imported.</source>
      <translation>[Ñõthîñğ wáš împõrtéd. ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/journal_import_dialog.ui" line="7" />
      <source>Import from another journal</source>
      <translation>[Împõrt frõm áñõthér jõürñál ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/journal_import_dialog.ui" line="16" />
      <source>Bring your journal</source>
      <translation>[Brîñğ ýõür jõürñál ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/journal_import_dialog.ui" line="22" />
      <source>Bring what you wrote in another app into your vault. You will see what would come in before anything is written, and importing the same file again never adds anything twice.</source>
      <translation>[Brîñğ whát ýõü wrõté îñ áñõthér ápp îñtõ ýõür váült. Ýõü wîll šéé whát wõüld çõmé îñ béfõré áñýthîñğ îš wrîttéñ, áñd împõrtîñğ thé šámé fîlé áğáîñ ñévér áddš áñýthîñğ twîçé. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/journal_import_dialog.ui" line="30" />
      <source>&amp;From</source>
      <translation>[&amp;Frõm ·]</translation>
    </message>
    <message>
      <location filename="../../ui/journal_import_dialog.ui" line="39" />
      <source>jrnl, Day One or Daylio: choose it before the file</source>
      <translation>[jrñl, Dáý Õñé õr Dáýlîõ: çhõõšé ît béfõré thé fîlé ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/journal_import_dialog.ui" line="40" />
      <source>The app your journal comes from</source>
      <translation>[Thé ápp ýõür jõürñál çõméš frõm ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/journal_import_dialog.ui" line="48" />
      <source>How to export from that app</source>
      <translation>[Hõw tõ éxpõrt frõm thát ápp ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/journal_import_dialog.ui" line="55" />
      <source>F&amp;ile</source>
      <translation>[F&amp;îlé ·]</translation>
    </message>
    <message>
      <location filename="../../ui/journal_import_dialog.ui" line="64" />
      <source>No file chosen yet</source>
      <translation>[Ñõ fîlé çhõšéñ ýét ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/journal_import_dialog.ui" line="65" />
      <source>The export file</source>
      <translation>[Thé éxpõrt fîlé ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/journal_import_dialog.ui" line="69" />
      <source>Opens a window to find the file you exported</source>
      <translation>[Õpéñš á wîñdõw tõ fîñd thé fîlé ýõü éxpõrtéd ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/journal_import_dialog.ui" line="70" />
      <source>&amp;Choose file…</source>
      <translation>[&amp;Çhõõšé fîlé… ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/journal_import_dialog.ui" line="71" />
      <source>Choose the export file</source>
      <translation>[Çhõõšé thé éxpõrt fîlé ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/journal_import_dialog.ui" line="80" />
      <location filename="../../ui/journal_import_dialog.ui" line="88" />
      <source>What importing would do</source>
      <translation>[Whát împõrtîñğ wõüld dõ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/journal_import_dialog.ui" line="84" />
      <source>Choose a file to see what is in it. Nothing is written yet.</source>
      <translation>[Çhõõšé á fîlé tõ šéé whát îš îñ ît. Ñõthîñğ îš wrîttéñ ýét. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/journal_import_dialog.ui" line="101" />
      <source>Problem</source>
      <translation>[Prõblém ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/journal_import_dialog.ui" line="109" />
      <source>What was imported</source>
      <translation>[Whát wáš împõrtéd ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/journal_import_dialog.ui" line="117" />
      <source>Working</source>
      <translation>[Wõrkîñğ ·~]</translation>
    </message>
  </context>
  <context>
    <name>KeepingInTouch</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/today_people.py" line="42" />
      <source>We talked today</source>
      <translation>[Wé tálkéd tõdáý ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/today_people.py" line="44" />
      <source>We talked today: %1</source>
      <translation>[Wé tálkéd tõdáý: %1 ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/today_people.py" line="46" />
      <source>Notes that you talked today, and puts this reminder away</source>
      <translation>[Ñõtéš thát ýõü tálkéd tõdáý, áñd pütš thîš rémîñdér áwáý ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/today_people.py" line="49" />
      <source>Not now</source>
      <translation>[Ñõt ñõw ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/today_people.py" line="51" />
      <source>Not now: %1</source>
      <translation>[Ñõt ñõw: %1 ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/today_people.py" line="52" />
      <source>Puts this reminder away for now</source>
      <translation>[Pütš thîš rémîñdér áwáý fõr ñõw ·~ ·~ ·~ ·~]</translation>
    </message>
  </context>
  <context>
    <name>LearningLog</name>
    <message>
      <location filename="../../ui/learning_log.ui" line="22" />
      <source>Your learning log notes; choose one to read or change it</source>
      <translation>[Ýõür léárñîñğ lõğ ñõtéš; çhõõšé õñé tõ réád õr çháñğé ît ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/learning_log.ui" line="23" />
      <source>Learning log</source>
      <translation>[Léárñîñğ lõğ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/learning_log.ui" line="27" />
      <location filename="../../ui/learning_log.ui" line="88" />
      <source>When</source>
      <translation>[Whéñ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/learning_log.ui" line="28" />
      <source>Kind</source>
      <translation>[Kîñd ·]</translation>
    </message>
    <message>
      <location filename="../../ui/learning_log.ui" line="29" />
      <source>What</source>
      <translation>[Whát ·]</translation>
    </message>
    <message>
      <location filename="../../ui/learning_log.ui" line="35" />
      <source>Adds a new note to your learning log</source>
      <translation>[Åddš á ñéw ñõté tõ ýõür léárñîñğ lõğ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/learning_log.ui" line="36" />
      <source>Add to my learning log</source>
      <translation>[Ådd tõ mý léárñîñğ lõğ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/learning_log.ui" line="59" />
      <source>Keep a note of what you learn, from a course or from the work itself, and how it changes what you do. It makes appraisals and supervision easier, too.</source>
      <translation>[Kéép á ñõté õf whát ýõü léárñ, frõm á çõüršé õr frõm thé wõrk îtšélf, áñd hõw ît çháñğéš whát ýõü dõ. Ît mákéš áppráîšálš áñd šüpérvîšîõñ éášîér, tõõ. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/learning_log.ui" line="65" />
      <source>Adds the first note to your learning log</source>
      <translation>[Åddš thé fîršt ñõté tõ ýõür léárñîñğ lõğ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/learning_log.ui" line="66" />
      <source>Add your first note</source>
      <translation>[Ådd ýõür fîršt ñõté ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/learning_log.ui" line="94" />
      <source>When it happened, roughly is fine</source>
      <translation>[Whéñ ît háppéñéd, rõüğhlý îš fîñé ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/learning_log.ui" line="95" />
      <source>When it happened</source>
      <translation>[Whéñ ît háppéñéd ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/learning_log.ui" line="97" />
      <source>d MMM yyyy</source>
      <translation>d MMM yyyy</translation>
    </message>
    <message>
      <location filename="../../ui/learning_log.ui" line="102" />
      <source>Training you went on, or something you learned from experience</source>
      <translation>[Tráîñîñğ ýõü wéñt õñ, õr šõméthîñğ ýõü léárñéd frõm éxpérîéñçé ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/learning_log.ui" line="103" />
      <source>Training or experience</source>
      <translation>[Tráîñîñğ õr éxpérîéñçé ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/learning_log.ui" line="115" />
      <location filename="../../ui/learning_log.ui" line="121" />
      <source>What it was</source>
      <translation>[Whát ît wáš ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/learning_log.ui" line="123" />
      <source>For example: a listening skills course, or a hard group session</source>
      <translation>[Fõr éxámplé: á lîštéñîñğ škîllš çõüršé, õr á hárd ğrõüp šéššîõñ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/learning_log.ui" line="128" />
      <location filename="../../ui/learning_log.ui" line="135" />
      <source>What I learned</source>
      <translation>[Whát Î léárñéd ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/learning_log.ui" line="134" />
      <source>What you took away from it</source>
      <translation>[Whát ýõü tõõk áwáý frõm ît ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/learning_log.ui" line="141" />
      <location filename="../../ui/learning_log.ui" line="148" />
      <source>How my practice changed</source>
      <translation>[Hõw mý práçtîçé çháñğéd ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/learning_log.ui" line="147" />
      <source>What you do differently now, if anything</source>
      <translation>[Whát ýõü dõ dîfféréñtlý ñõw, îf áñýthîñğ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/learning_log.ui" line="154" />
      <source>From my diary (double-click to open)</source>
      <translation>[Frõm mý dîárý (dõüblé-çlîçk tõ õpéñ) ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/learning_log.ui" line="160" />
      <source>Linked diary entries</source>
      <translation>[Lîñkéd dîárý éñtrîéš ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/learning_log.ui" line="161" />
      <source>Press Enter or double-click to open the entry in the diary</source>
      <translation>[Préšš Éñtér õr dõüblé-çlîçk tõ õpéñ thé éñtrý îñ thé dîárý ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/learning_log.ui" line="170" />
      <source>A diary entry this grew out of; its title is shown, never its text</source>
      <translation>[Å dîárý éñtrý thîš ğréw õüt õf; îtš tîtlé îš šhõwñ, ñévér îtš téxt ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/learning_log.ui" line="171" />
      <source>Diary entry to link</source>
      <translation>[Dîárý éñtrý tõ lîñk ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/learning_log.ui" line="177" />
      <source>Links the diary entry you chose to this note</source>
      <translation>[Lîñkš thé dîárý éñtrý ýõü çhõšé tõ thîš ñõté ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/learning_log.ui" line="178" />
      <source>Link</source>
      <translation>[Lîñk ·]</translation>
    </message>
    <message>
      <location filename="../../ui/learning_log.ui" line="179" />
      <source>Link this diary entry</source>
      <translation>[Lîñk thîš dîárý éñtrý ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/learning_log.ui" line="183" />
      <source>Takes away the link to the diary entry you chose; the entry itself stays</source>
      <translation>[Tákéš áwáý thé lîñk tõ thé dîárý éñtrý ýõü çhõšé; thé éñtrý îtšélf štáýš ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/learning_log.ui" line="184" />
      <source>Unlink</source>
      <translation>[Üñlîñk ·]</translation>
    </message>
    <message>
      <location filename="../../ui/learning_log.ui" line="185" />
      <source>Unlink the chosen diary entry</source>
      <translation>[Üñlîñk thé çhõšéñ dîárý éñtrý ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/learning_log.ui" line="203" />
      <source>Deletes the note you chose</source>
      <translation>[Délétéš thé ñõté ýõü çhõšé ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/learning_log.ui" line="204" />
      <source>Delete</source>
      <translation>[Délété ·]</translation>
    </message>
    <message>
      <location filename="../../ui/learning_log.ui" line="205" />
      <source>Delete this note from the learning log</source>
      <translation>[Délété thîš ñõté frõm thé léárñîñğ lõğ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
  </context>
  <context>
    <name>LearningPanel</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/growth_learning.py" line="42" />
      <source>Training</source>
      <translation>[Tráîñîñğ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/growth_learning.py" line="42" />
      <source>Experience</source>
      <translation>[Éxpérîéñçé ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/growth_learning.py" line="191" />
      <source>No diary entries to link yet</source>
      <translation>[Ñõ dîárý éñtrîéš tõ lîñk ýét ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/growth_learning.py" line="199" />
      <source>%1 · %2</source>
      <translation>[%1 · %2 ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/growth_learning.py" line="200" />
      <source>Untitled entry · %1</source>
      <translation>[Üñtîtléd éñtrý · %1 ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/growth_learning.py" line="247" />
      <source>Saving…</source>
      <translation>[Šávîñğ… ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/growth_learning.py" line="262" />
      <source>Your note is kept once it says what it was.</source>
      <translation>[Ýõür ñõté îš képt õñçé ît šáýš whát ît wáš. ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/growth_learning.py" line="281" />
      <source>Couldn't save: %1. Your words are still here.</source>
      <translation>[Çõüldñ't šávé: %1. Ýõür wõrdš áré štîll héré. ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/growth_learning.py" line="285" />
      <source>Saved</source>
      <translation>[Šávéd ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/growth_learning.py" line="299" />
      <source>Delete this note from your learning log? Your diary entries stay as they are.</source>
      <translation>[Délété thîš ñõté frõm ýõür léárñîñğ lõğ? Ýõür dîárý éñtrîéš štáý áš théý áré. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/growth_learning.py" line="304" />
      <source>Delete learning note</source>
      <translation>[Délété léárñîñğ ñõté ·~ ·~ ·]</translation>
    </message>
  </context>
  <context>
    <name>LeaveDialog</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/supervision/leave_dialog.py" line="54" />
      <source>Please type your passphrase.</source>
      <translation>[Pléášé týpé ýõür páššphrášé. ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/supervision/leave_dialog.py" line="73" />
      <source>That passphrase does not open this vault. You're still in supervision mode.</source>
      <translation>[Thát páššphrášé dõéš ñõt õpéñ thîš váült. Ýõü'ré štîll îñ šüpérvîšîõñ mõdé. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
  </context>
  <context>
    <name>LeaveSupervisionDialog</name>
    <message>
      <location filename="../../ui/leave_supervision_dialog.ui" line="5" />
      <source>Leave supervision mode</source>
      <translation>[Léávé šüpérvîšîõñ mõdé ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/leave_supervision_dialog.ui" line="12" />
      <source>To go back to the rest of the app, type your passphrase. Until then, only what you brought to supervision can be seen.</source>
      <translation>[Tõ ğõ báçk tõ thé réšt õf thé ápp, týpé ýõür páššphrášé. Üñtîl théñ, õñlý whát ýõü brõüğht tõ šüpérvîšîõñ çáñ bé šééñ. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/leave_supervision_dialog.ui" line="19" />
      <location filename="../../ui/leave_supervision_dialog.ui" line="20" />
      <source>Passphrase</source>
      <translation>[Páššphrášé ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/leave_supervision_dialog.ui" line="21" />
      <source>Your passphrase, so only you can leave supervision mode</source>
      <translation>[Ýõür páššphrášé, šõ õñlý ýõü çáñ léávé šüpérvîšîõñ mõdé ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/leave_supervision_dialog.ui" line="25" />
      <source>When ticked, shows the passphrase as you type, so you can check it</source>
      <translation>[Whéñ tîçkéd, šhõwš thé páššphrášé áš ýõü týpé, šõ ýõü çáñ çhéçk ît ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/leave_supervision_dialog.ui" line="26" />
      <source>Show passphrase</source>
      <translation>[Šhõw páššphrášé ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/leave_supervision_dialog.ui" line="31" />
      <source>Caps Lock seems to be on.</source>
      <translation>[Çápš Lõçk šéémš tõ bé õñ. ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/leave_supervision_dialog.ui" line="41" />
      <source>Problem</source>
      <translation>[Prõblém ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/leave_supervision_dialog.ui" line="49" />
      <source>Checking</source>
      <translation>[Çhéçkîñğ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/leave_supervision_dialog.ui" line="61" />
      <source>Goes back to supervision mode</source>
      <translation>[Ğõéš báçk tõ šüpérvîšîõñ mõdé ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/leave_supervision_dialog.ui" line="62" />
      <source>Stay in supervision mode</source>
      <translation>[Štáý îñ šüpérvîšîõñ mõdé ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/leave_supervision_dialog.ui" line="67" />
      <source>Leaves supervision mode once your passphrase is right</source>
      <translation>[Léávéš šüpérvîšîõñ mõdé õñçé ýõür páššphrášé îš rîğht ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/leave_supervision_dialog.ui" line="68" />
      <source>Leave</source>
      <translation>[Léávé ·]</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/main_window.py" line="120" />
      <location filename="../../ui/main_window.ui" line="2" />
      <source>Wellbeing Desktop</source>
      <translation>[Wéllbéîñğ Déšktõp ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/main_window.py" line="120" />
      <source>Demo — Wellbeing Desktop</source>
      <translation>[Démõ — Wéllbéîñğ Déšktõp ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/main_window.py" line="188" />
      <source>Wellbeing Desktop cannot start</source>
      <translation>[Wéllbéîñğ Déšktõp çáññõt štárt ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/main_window.py" line="307" />
      <source>&amp;Undo</source>
      <translation>[&amp;Üñdõ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/main_window.py" line="308" />
      <source>&amp;Redo</source>
      <translation>[&amp;Rédõ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/main_window.py" line="448" />
      <source>Support now: who you can contact</source>
      <translation>[Šüppõrt ñõw: whõ ýõü çáñ çõñtáçt ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/main_window.py" line="462" />
      <source>Saved to %1.</source>
      <translation>[Šávéd tõ %1. ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="2" />
      <source>Sections</source>
      <translation>[Šéçtîõñš ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="2" />
      <source>&amp;File</source>
      <translation>[&amp;Fîlé ·]</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="2" />
      <source>&amp;Edit</source>
      <translation>[&amp;Édît ·]</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="2" />
      <source>&amp;View</source>
      <translation>[&amp;Vîéw ·]</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="2" />
      <source>S&amp;upervision</source>
      <translation>[Š&amp;üpérvîšîõñ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="2" />
      <source>&amp;Help</source>
      <translation>[&amp;Hélp ·]</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="2" />
      <source>&amp;New reflection</source>
      <translation>[&amp;Ñéw réfléçtîõñ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="2" />
      <source>&amp;Check in…</source>
      <translation>[&amp;Çhéçk îñ… ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="2" />
      <source>&amp;Back up now…</source>
      <translation>[&amp;Báçk üp ñõw… ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="2" />
      <source>&amp;Lock</source>
      <translation>[&amp;Lõçk ·]</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="2" />
      <source>&amp;Quit</source>
      <translation>[&amp;Qüît ·]</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="2" />
      <source>&amp;Find in diary</source>
      <translation>[&amp;Fîñd îñ dîárý ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="2" />
      <source>&amp;Preferences…</source>
      <translation>[&amp;Préféréñçéš… ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="2" />
      <source>&amp;Today</source>
      <translation>[&amp;Tõdáý ·]</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="2" />
      <source>&amp;Diary</source>
      <translation>[&amp;Dîárý ·]</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="2" />
      <source>Self-care &amp;plan</source>
      <translation>[Šélf-çáré &amp;pláñ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="2" />
      <source>&amp;Mood</source>
      <translation>[&amp;Mõõd ·]</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="2" />
      <source>&amp;Export…</source>
      <translation>[&amp;Éxpõrt… ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="2" />
      <source>&amp;Print or save my plan as PDF…</source>
      <translation>[&amp;Prîñt õr šávé mý pláñ áš PDF… ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="2" />
      <source>&amp;Restore from a backup…</source>
      <translation>[&amp;Réštõré frõm á báçküp… ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="2" />
      <source>S&amp;upervision sessions</source>
      <translation>[Š&amp;üpérvîšîõñ šéššîõñš ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="2" />
      <source>Start &amp;supervision mode</source>
      <translation>[Štárt &amp;šüpérvîšîõñ mõdé ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="2" />
      <source>&amp;Record a session…</source>
      <translation>[&amp;Réçõrd á šéššîõñ… ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="2" />
      <source>&amp;Support now</source>
      <translation>[&amp;Šüppõrt ñõw ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="2" />
      <source>&amp;About Wellbeing Desktop</source>
      <translation>[&amp;Åbõüt Wéllbéîñğ Déšktõp ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="2" />
      <source>P&amp;eople I can talk to</source>
      <translation>[P&amp;éõplé Î çáñ tálk tõ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="2" />
      <source>&amp;Growing in the role</source>
      <translation>[&amp;Ğrõwîñğ îñ thé rõlé ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="2" />
      <source>How is the &amp;work sitting with you?…</source>
      <translation>[Hõw îš thé &amp;wõrk šîttîñğ wîth ýõü?… ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="2" />
      <source>&amp;Import from another journal…</source>
      <translation>[&amp;Împõrt frõm áñõthér jõürñál… ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.ui" line="2" />
      <source>The app's screens; choose one to go there</source>
      <translation>[Thé ápp'š šçrééñš; çhõõšé õñé tõ ğõ théré ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
  </context>
  <context>
    <name>MarkdownExport</name>
    <message>
      <location filename="../../wellbeing_desktop/services/markdown_export.py" line="21" />
      <source>Untitled entry</source>
      <translation>[Üñtîtléd éñtrý ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/markdown_export.py" line="27" />
      <source>Reflection: %1</source>
      <translation>[Réfléçtîõñ: %1 ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/markdown_export.py" line="29" />
      <source>Tags: %1</source>
      <translation>[Táğš: %1 ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/markdown_export.py" line="31" />
      <source>Feelings: %1</source>
      <translation>[Féélîñğš: %1 ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/markdown_export.py" line="33" />
      <source>Mood: %1/10</source>
      <translation>[Mõõd: %1/10 ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/markdown_export.py" line="35" />
      <source>Bring to supervision</source>
      <translation>[Brîñğ tõ šüpérvîšîõñ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/markdown_export.py" line="47" />
      <source>My reflective diary</source>
      <translation>[Mý réfléçtîvé dîárý ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/markdown_export.py" line="48" />
      <source>Exported from Wellbeing Desktop on %1.</source>
      <translation>[Éxpõrtéd frõm Wéllbéîñğ Déšktõp õñ %1. ·~ ·~ ·~ ·~ ·]</translation>
    </message>
  </context>
  <context>
    <name>MoodCharts</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_charts.py" line="29" />
      <source>the last two weeks</source>
      <translation>[thé lášt twõ wéékš ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_charts.py" line="30" />
      <source>the last three months</source>
      <translation>[thé lášt thréé mõñthš ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_charts.py" line="31" />
      <source>the last year</source>
      <translation>[thé lášt ýéár ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_charts.py" line="32" />
      <source>all your check-ins</source>
      <translation>[áll ýõür çhéçk-îñš ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_charts.py" line="59" />
      <source>Mood over %1</source>
      <translation>[Mõõd õvér %1 ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_charts.py" line="60" />
      <source>Check-in</source>
      <translation>[Çhéçk-îñ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_charts.py" line="61" />
      <source>7-day average</source>
      <translation>[7-dáý ávéráğé ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_charts.py" line="62" />
      <source>Stress (daily average)</source>
      <translation>[Štréšš (dáîlý ávéráğé) ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_charts.py" line="63" />
      <source>Energy (daily average)</source>
      <translation>[Éñérğý (dáîlý ávéráğé) ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_charts.py" line="64" />
      <source>Diary entry</source>
      <translation>[Dîárý éñtrý ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_charts.py" line="65" />
      <source>1–10</source>
      <translation>[1–10 ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_charts.py" line="66" />
      <source>No check-ins in this period.</source>
      <translation>[Ñõ çhéçk-îñš îñ thîš pérîõd. ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_charts.py" line="78" />
      <source>Your mood each day of %1</source>
      <translation>[Ýõür mõõd éáçh dáý õf %1 ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_charts.py" line="79" />
      <source>1 · %1</source>
      <translation>[1 · %1 ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_charts.py" line="80" />
      <source>10 · %1</source>
      <translation>[10 · %1 ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_charts.py" line="81" />
      <source>No check-in</source>
      <translation>[Ñõ çhéçk-îñ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_charts.py" line="89" />
      <source>Feeling words over %1</source>
      <translation>[Féélîñğ wõrdš õvér %1 ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_charts.py" line="90" />
      <source>Times chosen, in check-ins and diary entries</source>
      <translation>[Tîméš çhõšéñ, îñ çhéçk-îñš áñd dîárý éñtrîéš ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_charts.py" line="91" />
      <source>No feeling words in this period yet.</source>
      <translation>[Ñõ féélîñğ wõrdš îñ thîš pérîõd ýét. ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_charts.py" line="105" />
      <source>Average mood: days you used a strategy or talked with someone, and other days</source>
      <translation>[Åvéráğé mõõd: dáýš ýõü üšéd á štrátéğý õr tálkéd wîth šõméõñé, áñd õthér dáýš ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_charts.py" line="111" />
      <source>When you've ticked a coping strategy, or talking with someone, on a few days,
you'll see your mood on those days beside the others here.</source>
      <translation>[Whéñ ýõü'vé tîçkéd á çõpîñğ štrátéğý, õr tálkîñğ wîth šõméõñé, õñ á féw dáýš,
ýõü'll šéé ýõür mõõd õñ thõšé dáýš béšîdé thé õthérš héré. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_charts.py" line="107" />
      <source>Days you ticked it</source>
      <translation>[Dáýš ýõü tîçkéd ît ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_charts.py" line="108" />
      <source>Other days you checked in</source>
      <translation>[Õthér dáýš ýõü çhéçkéd îñ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_charts.py" line="109" />
      <source>Average mood, 1–10</source>
      <translation>[Åvéráğé mõõd, 1–10 ·~ ·~ ]</translation>
    </message>
  </context>
  <context>
    <name>MoodExport</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_export.py" line="25" />
      <location filename="../../wellbeing_desktop/gui/views/mood_export.py" line="43" />
      <location filename="../../wellbeing_desktop/gui/views/mood_export.py" line="68" />
      <source>Save chart as PNG</source>
      <translation>[Šávé çhárt áš PÑĞ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_export.py" line="26" />
      <source>The picture will not be encrypted.</source>
      <translation>[Thé pîçtüré wîll ñõt bé éñçrýptéd. ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_export.py" line="29" />
      <source>Anyone who can open the file will see the chart. It holds the chart only — no notes or diary text.</source>
      <translation>[Åñýõñé whõ çáñ õpéñ thé fîlé wîll šéé thé çhárt. Ît hõldš thé çhárt õñlý — ñõ ñõtéš õr dîárý téxt. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_export.py" line="34" />
      <source>Choose where to save…</source>
      <translation>[Çhõõšé whéré tõ šávé… ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_export.py" line="45" />
      <source>PNG image (*.png)</source>
      <translation>[PÑĞ îmáğé (*.pñğ) ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_export.py" line="69" />
      <source>The chart couldn't be saved there: %1</source>
      <translation>[Thé çhárt çõüldñ't bé šávéd théré: %1 ·~ ·~ ·~ ·~ ·]</translation>
    </message>
  </context>
  <context>
    <name>MoodHelps</name>
    <message>
      <location filename="../../wellbeing_desktop/services/mood_helps.py" line="20" />
      <source>Talking with someone</source>
      <translation>[Tálkîñğ wîth šõméõñé ·~ ·~ ·]</translation>
    </message>
    <message numerus="yes">
      <location filename="../../wellbeing_desktop/services/mood_helps.py" line="51" />
      <source>On the %Ln days you said you talked with someone, your mood averaged %1;</source>
      <comment>On the %Ln day you said you talked with someone, your mood averaged %1;</comment>
      <translation>
        <numerusform>[Õñ thé %Ln dáýš ýõü šáîd ýõü tálkéd wîth šõméõñé, ýõür mõõd ávéráğéd %1; ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</numerusform>
        <numerusform>[Õñ thé %Ln dáýš ýõü šáîd ýõü tálkéd wîth šõméõñé, ýõür mõõd ávéráğéd %1; ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../wellbeing_desktop/services/mood_helps.py" line="57" />
      <source>On the %Ln days you ticked "%2", your mood averaged %1;</source>
      <comment>On the %Ln day you ticked "%2", your mood averaged %1;</comment>
      <translation>
        <numerusform>[Õñ thé %Ln dáýš ýõü tîçkéd "%2", ýõür mõõd ávéráğéd %1; ·~ ·~ ·~ ·~ ·~ ·~ ]</numerusform>
        <numerusform>[Õñ thé %Ln dáýš ýõü tîçkéd "%2", ýõür mõõd ávéráğéd %1; ·~ ·~ ·~ ·~ ·~ ·~ ]</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../wellbeing_desktop/services/mood_helps.py" line="62" />
      <source>on the %Ln other days you checked in, it averaged %1.</source>
      <comment>on the %Ln other day you checked in, it averaged %1.</comment>
      <translation>
        <numerusform>[õñ thé %Ln õthér dáýš ýõü çhéçkéd îñ, ît ávéráğéd %1. ·~ ·~ ·~ ·~ ·~ ·~ ]</numerusform>
        <numerusform>[õñ thé %Ln õthér dáýš ýõü çhéçkéd îñ, ît ávéráğéd %1. ·~ ·~ ·~ ·~ ·~ ·~ ]</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../wellbeing_desktop/services/mood_helps.py" line="75" />
      <source>You've ticked "%1" on %Ln days so far.</source>
      <comment>You've ticked "%1" on %Ln day so far.</comment>
      <translation>
        <numerusform>[Ýõü'vé tîçkéd "%1" õñ %Ln dáýš šõ fár. ·~ ·~ ·~ ·~ ]</numerusform>
        <numerusform>[Ýõü'vé tîçkéd "%1" õñ %Ln dáýš šõ fár. ·~ ·~ ·~ ·~ ]</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/mood_helps.py" line="80" />
      <source>You've ticked "%1" on every day you checked in, so there aren't enough other days to set beside them yet.</source>
      <translation>[Ýõü'vé tîçkéd "%1" õñ évérý dáý ýõü çhéçkéd îñ, šõ théré áréñ't éñõüğh õthér dáýš tõ šét béšîdé thém ýét. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/mood_helps.py" line="85" />
      <source>You've ticked "%1" on nearly every day you checked in, so there aren't enough other days to set beside them yet.</source>
      <translation>[Ýõü'vé tîçkéd "%1" õñ ñéárlý évérý dáý ýõü çhéçkéd îñ, šõ théré áréñ't éñõüğh õthér dáýš tõ šét béšîdé thém ýét. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/mood_helps.py" line="93" />
      <source>Once there are %1 or more, you'll see your mood on those days beside the others.</source>
      <translation>[Õñçé théré áré %1 õr mõré, ýõü'll šéé ýõür mõõd õñ thõšé dáýš béšîdé thé õthérš. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message numerus="yes">
      <location filename="../../wellbeing_desktop/services/mood_helps.py" line="100" />
      <source>You've said you talked with someone on %Ln days so far.</source>
      <comment>You've said you talked with someone on %Ln day so far.</comment>
      <translation>
        <numerusform>[Ýõü'vé šáîd ýõü tálkéd wîth šõméõñé õñ %Ln dáýš šõ fár. ·~ ·~ ·~ ·~ ·~ ·~ ·~]</numerusform>
        <numerusform>[Ýõü'vé šáîd ýõü tálkéd wîth šõméõñé õñ %Ln dáýš šõ fár. ·~ ·~ ·~ ·~ ·~ ·~ ·~]</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/mood_helps.py" line="107" />
      <source>You've talked with someone on every day you checked in, so there aren't enough other days to set beside them yet.</source>
      <translation>[Ýõü'vé tálkéd wîth šõméõñé õñ évérý dáý ýõü çhéçkéd îñ, šõ théré áréñ't éñõüğh õthér dáýš tõ šét béšîdé thém ýét. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/mood_helps.py" line="111" />
      <source>You've talked with someone on nearly every day you checked in, so there aren't enough other days to set beside them yet.</source>
      <translation>[Ýõü'vé tálkéd wîth šõméõñé õñ ñéárlý évérý dáý ýõü çhéçkéd îñ, šõ théré áréñ't éñõüğh õthér dáýš tõ šét béšîdé thém ýét. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
  </context>
  <context>
    <name>MoodSummary</name>
    <message>
      <location filename="../../wellbeing_desktop/services/mood_summary.py" line="35" />
      <source>no check-ins in this period</source>
      <translation>[ñõ çhéçk-îñš îñ thîš pérîõd ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/mood_summary.py" line="36" />
      <source>too few check-ins to describe a change</source>
      <translation>[tõõ féw çhéçk-îñš tõ déšçrîbé á çháñğé ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/mood_summary.py" line="37" />
      <source>fairly steady</source>
      <translation>[fáîrlý štéádý ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/mood_summary.py" line="38" />
      <source>up and down from day to day</source>
      <translation>[üp áñd dõwñ frõm dáý tõ dáý ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/mood_summary.py" line="39" />
      <source>a little higher than before</source>
      <translation>[á lîttlé hîğhér tháñ béfõré ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/mood_summary.py" line="40" />
      <source>higher than before</source>
      <translation>[hîğhér tháñ béfõré ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/mood_summary.py" line="41" />
      <source>a little lower than before</source>
      <translation>[á lîttlé lõwér tháñ béfõré ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/mood_summary.py" line="42" />
      <source>lower than before</source>
      <translation>[lõwér tháñ béfõré ·~ ·~ ]</translation>
    </message>
  </context>
  <context>
    <name>MoodTables</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_tables.py" line="59" />
      <source>Days with check-ins</source>
      <translation>[Dáýš wîth çhéçk-îñš ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_tables.py" line="60" />
      <source>Check-ins</source>
      <translation>[Çhéçk-îñš ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_tables.py" line="61" />
      <source>Average mood</source>
      <translation>[Åvéráğé mõõd ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_tables.py" line="62" />
      <source>Lowest and highest day</source>
      <translation>[Lõwéšt áñd hîğhéšt dáý ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_tables.py" line="63" />
      <source>Over this period</source>
      <translation>[Õvér thîš pérîõd ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_tables.py" line="66" />
      <source>Average stress</source>
      <translation>[Åvéráğé štréšš ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_tables.py" line="67" />
      <source>Average energy</source>
      <translation>[Åvéráğé éñérğý ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_tables.py" line="68" />
      <source>Average sleep (hours)</source>
      <translation>[Åvéráğé šléép (hõürš) ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_tables.py" line="72" />
      <source>Days with a diary entry</source>
      <translation>[Dáýš wîth á dîárý éñtrý ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_tables.py" line="89" />
      <source>No check-ins in %1</source>
      <translation>[Ñõ çhéçk-îñš îñ %1 ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_tables.py" line="95" />
      <source>Tick the coping strategies you used, and whether you talked with someone, when you check in. After a few days, you'll see your mood on those days beside your other days here.</source>
      <translation>[Tîçk thé çõpîñğ štrátéğîéš ýõü üšéd, áñd whéthér ýõü tálkéd wîth šõméõñé, whéñ ýõü çhéçk îñ. Åftér á féw dáýš, ýõü'll šéé ýõür mõõd õñ thõšé dáýš béšîdé ýõür õthér dáýš héré. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_tables.py" line="101" />
      <source>These figures sit side by side; they can't show what caused what. Many things shape a day.</source>
      <translation>[Théšé fîğüréš šît šîdé bý šîdé; théý çáñ't šhõw whát çáüšéd whát. Máñý thîñğš šhápé á dáý. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
  </context>
  <context>
    <name>MoodView</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_view.py" line="49" />
      <source>Mood</source>
      <translation>[Mõõd ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_view.py" line="56" />
      <source>Chart; its figures are in the table beside it</source>
      <translation>[Çhárt; îtš fîğüréš áré îñ thé táblé béšîdé ît ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_view.py" line="64" />
      <source>Two weeks</source>
      <translation>[Twõ wéékš ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_view.py" line="65" />
      <source>Three months</source>
      <translation>[Thréé mõñthš ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_view.py" line="66" />
      <source>A year</source>
      <translation>[Å ýéár ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_view.py" line="67" />
      <source>All check-ins</source>
      <translation>[Åll çhéçk-îñš ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="17" />
      <source>Mood and check-ins</source>
      <translation>[Mõõd áñd çhéçk-îñš ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="27" />
      <source>Show</source>
      <translation>[Šhõw ·]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="33" />
      <source>How far back the mood chart and its table go</source>
      <translation>[Hõw fár báçk thé mõõd çhárt áñd îtš táblé ğõ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="34" />
      <source>Period to show</source>
      <translation>[Pérîõd tõ šhõw ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="38" />
      <location filename="../../ui/mood_view.ui" line="68" />
      <source>Opens a short check-in on how you're doing</source>
      <translation>[Õpéñš á šhõrt çhéçk-îñ õñ hõw ýõü'ré dõîñğ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="39" />
      <source>Check in…</source>
      <translation>[Çhéçk îñ… ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="55" />
      <source>No check-ins yet. When you're ready, tell the app how you're doing — it only takes a moment.</source>
      <translation>[Ñõ çhéçk-îñš ýét. Whéñ ýõü'ré réádý, téll thé ápp hõw ýõü'ré dõîñğ — ît õñlý tákéš á mõméñt. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="69" />
      <source>Check in</source>
      <translation>[Çhéçk îñ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="97" />
      <source>Mood over time</source>
      <translation>[Mõõd õvér tîmé ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="97" />
      <source>Your mood, energy and stress, day by day</source>
      <translation>[Ýõür mõõd, éñérğý áñd štréšš, dáý bý dáý ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="120" />
      <source>When ticked, the chart shows your stress too</source>
      <translation>[Whéñ tîçkéd, thé çhárt šhõwš ýõür štréšš tõõ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="121" />
      <source>Show stress</source>
      <translation>[Šhõw štréšš ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="125" />
      <source>When ticked, the chart shows your energy too</source>
      <translation>[Whéñ tîçkéd, thé çhárt šhõwš ýõür éñérğý tõõ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="126" />
      <source>Show energy</source>
      <translation>[Šhõw éñérğý ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="130" />
      <source>The figures behind the chart: your mood, energy and stress over time</source>
      <translation>[Thé fîğüréš béhîñd thé çhárt: ýõür mõõd, éñérğý áñd štréšš õvér tîmé ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="131" />
      <source>Mood in figures</source>
      <translation>[Mõõd îñ fîğüréš ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="140" />
      <source>Figure</source>
      <translation>[Fîğüré ·]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="141" />
      <source>Value</source>
      <translation>[Válüé ·]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="150" />
      <source>Year at a glance</source>
      <translation>[Ýéár át á ğláñçé ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="150" />
      <source>Each day of the year, coloured by your mood</source>
      <translation>[Éáçh dáý õf thé ýéár, çõlõüréd bý ýõür mõõd ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="176" />
      <location filename="../../ui/mood_view.ui" line="183" />
      <source>Year</source>
      <translation>[Ýéár ·]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="182" />
      <source>The year the grid of days shows</source>
      <translation>[Thé ýéár thé ğrîd õf dáýš šhõwš ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="189" />
      <source>The figures behind the chart, month by month</source>
      <translation>[Thé fîğüréš béhîñd thé çhárt, mõñth bý mõñth ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="190" />
      <source>The year in figures</source>
      <translation>[Thé ýéár îñ fîğüréš ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="199" />
      <source>Month</source>
      <translation>[Mõñth ·]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="200" />
      <source>Average</source>
      <translation>[Åvéráğé ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="201" />
      <source>Days</source>
      <translation>[Dáýš ·]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="210" />
      <source>Feeling words</source>
      <translation>[Féélîñğ wõrdš ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="210" />
      <source>The feeling words you chose, and how often</source>
      <translation>[Thé féélîñğ wõrdš ýõü çhõšé, áñd hõw õftéñ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="233" />
      <source>The figures behind the chart: each feeling word and how often you chose it</source>
      <translation>[Thé fîğüréš béhîñd thé çhárt: éáçh féélîñğ wõrd áñd hõw õftéñ ýõü çhõšé ît ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="234" />
      <source>Feeling words and how often</source>
      <translation>[Féélîñğ wõrdš áñd hõw õftéñ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="243" />
      <source>Word</source>
      <translation>[Wõrd ·]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="244" />
      <source>Times</source>
      <translation>[Tîméš ·]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="253" />
      <source>What helps</source>
      <translation>[Whát hélpš ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="253" />
      <source>The things that helped you, and how often</source>
      <translation>[Thé thîñğš thát hélpéd ýõü, áñd hõw õftéñ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="277" />
      <source>What helps, in words</source>
      <translation>[Whát hélpš, îñ wõrdš ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="292" />
      <source>Figures describe what your check-ins show; they can't say what caused what.</source>
      <translation>[Fîğüréš déšçrîbé whát ýõür çhéçk-îñš šhõw; théý çáñ't šáý whát çáüšéd whát. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="297" />
      <source>Saves the chart you're looking at as a picture</source>
      <translation>[Šávéš thé çhárt ýõü'ré lõõkîñğ át áš á pîçtüré ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="298" />
      <source>Save chart as PNG…</source>
      <translation>[Šávé çhárt áš PÑĞ… ·~ ·~ ]</translation>
    </message>
  </context>
  <context>
    <name>MyTemplateDialog</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/my_template_dialog.py" line="26" />
      <source>My template</source>
      <translation>[Mý témpláté ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/my_template_dialog.py" line="33" />
      <location filename="../../wellbeing_desktop/gui/dialogs/my_template_dialog.py" line="73" />
      <source>Name</source>
      <translation>[Ñámé ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/my_template_dialog.py" line="34" />
      <source>For example: Closing the shift</source>
      <translation>[Fõr éxámplé: Çlõšîñğ thé šhîft ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/my_template_dialog.py" line="37" />
      <location filename="../../wellbeing_desktop/gui/dialogs/my_template_dialog.py" line="74" />
      <source>What it is for</source>
      <translation>[Whát ît îš fõr ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/my_template_dialog.py" line="38" />
      <source>One line: when it helps</source>
      <translation>[Õñé lîñé: whéñ ît hélpš ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/my_template_dialog.py" line="41" />
      <source>Steps, one a line</source>
      <translation>[Štépš, õñé á lîñé ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/my_template_dialog.py" line="42" />
      <source>A short heading, a colon, then the question</source>
      <translation>[Å šhõrt héádîñğ, á çõlõñ, théñ thé qüéštîõñ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/my_template_dialog.py" line="45" />
      <source>What happened: What happened, briefly?
How I feel now: How are you feeling now?</source>
      <translation>[Whát háppéñéd: Whát háppéñéd, brîéflý?
Hõw Î féél ñõw: Hõw áré ýõü féélîñğ ñõw? ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/my_template_dialog.py" line="51" />
      <source>One step a line: a short heading, a colon, then the question. Only these words are kept.</source>
      <translation>[Õñé štép á lîñé: á šhõrt héádîñğ, á çõlõñ, théñ thé qüéštîõñ. Õñlý théšé wõrdš áré képt. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/my_template_dialog.py" line="65" />
      <source>Keeps this template, ready to choose when you write</source>
      <translation>[Kéépš thîš témpláté, réádý tõ çhõõšé whéñ ýõü wrîté ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/my_template_dialog.py" line="68" />
      <source>Closes without keeping your changes</source>
      <translation>[Çlõšéš wîthõüt kéépîñğ ýõür çháñğéš ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/my_template_dialog.py" line="75" />
      <source>Steps</source>
      <translation>[Štépš ·]</translation>
    </message>
  </context>
  <context>
    <name>NextStepRow</name>
    <message>
      <location filename="../../ui/next_step_row.ui" line="13" />
      <source>Next step</source>
      <translation>[Ñéxt štép ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/next_step_row.ui" line="14" />
      <source>A small next step</source>
      <translation>[Å šmáll ñéxt štép ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/next_step_row.ui" line="23" />
      <source>Tick it once you have taken this step</source>
      <translation>[Tîçk ît õñçé ýõü hávé tákéñ thîš štép ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/next_step_row.ui" line="24" />
      <location filename="../../ui/next_step_row.ui" line="25" />
      <source>Done</source>
      <translation>[Dõñé ·]</translation>
    </message>
    <message>
      <location filename="../../ui/next_step_row.ui" line="30" />
      <source>Tick it to give this step a date</source>
      <translation>[Tîçk ît tõ ğîvé thîš štép á dáté ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/next_step_row.ui" line="31" />
      <source>By</source>
      <translation>[Bý ]</translation>
    </message>
    <message>
      <location filename="../../ui/next_step_row.ui" line="32" />
      <source>Has a date</source>
      <translation>[Háš á dáté ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/next_step_row.ui" line="37" />
      <source>The date you hope to take this step by</source>
      <translation>[Thé dáté ýõü hõpé tõ táké thîš štép bý ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/next_step_row.ui" line="38" />
      <source>Date for this step</source>
      <translation>[Dáté fõr thîš štép ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/next_step_row.ui" line="41" />
      <source>d MMM yyyy</source>
      <translation>d MMM yyyy</translation>
    </message>
    <message>
      <location filename="../../ui/next_step_row.ui" line="51" />
      <source>Remove</source>
      <translation>[Rémõvé ·]</translation>
    </message>
    <message>
      <location filename="../../ui/next_step_row.ui" line="52" />
      <location filename="../../ui/next_step_row.ui" line="54" />
      <source>Remove this step</source>
      <translation>[Rémõvé thîš štép ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/next_step_row.ui" line="53" />
      <source>Takes this step off the goal</source>
      <translation>[Tákéš thîš štép õff thé ğõál ·~ ·~ ·~ ·]</translation>
    </message>
  </context>
  <context>
    <name>OpenActions</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/today_actions.py" line="34" />
      <source>Done: %1</source>
      <translation>[Dõñé: %1 ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/today_actions.py" line="35" />
      <source>Tick when you've done this action agreed in supervision</source>
      <translation>[Tîçk whéñ ýõü'vé dõñé thîš áçtîõñ áğrééd îñ šüpérvîšîõñ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
  </context>
  <context>
    <name>OptionalScale</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/checkin_scale.py" line="37" />
      <source>1 · %1</source>
      <translation>[1 · %1 ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/checkin_scale.py" line="38" />
      <source>10 · %1</source>
      <translation>[10 · %1 ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/checkin_scale.py" line="40" />
      <source>From 1, %1, to 10, %2. Not recorded until you move it.</source>
      <translation>[Frõm 1, %1, tõ 10, %2. Ñõt réçõrdéd üñtîl ýõü mõvé ît. ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/checkin_scale.py" line="70" />
      <source>%1 of 10</source>
      <translation>[%1 õf 10 ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/checkin_scale.py" line="72" />
      <source>Not recorded</source>
      <translation>[Ñõt réçõrdéd ·~ ·]</translation>
    </message>
  </context>
  <context>
    <name>PeopleView</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/people_delete.py" line="21" />
      <location filename="../../wellbeing_desktop/gui/views/people_delete.py" line="46" />
      <source>Remove from address book</source>
      <translation>[Rémõvé frõm áddréšš bõõk ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/people_delete.py" line="22" />
      <source>Remove this person from your address book?</source>
      <translation>[Rémõvé thîš péršõñ frõm ýõür áddréšš bõõk? ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/people_delete.py" line="25" />
      <source>Check-ins that mention them keep their name. You can undo this from the Edit menu until you lock or close the app.</source>
      <translation>[Çhéçk-îñš thát méñtîõñ thém kéép théîr ñámé. Ýõü çáñ üñdõ thîš frõm thé Édît méñü üñtîl ýõü lõçk õr çlõšé thé ápp. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/people_delete.py" line="29" />
      <source>Remove</source>
      <translation>[Rémõvé ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/people_delete.py" line="31" />
      <source>Keep</source>
      <translation>[Kéép ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/people_view.py" line="47" />
      <source>People</source>
      <translation>[Péõplé ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/people_view.py" line="55" />
      <source>Add the people you can turn to — a peer, your supervisor, a friend. The app never contacts anyone; it just keeps their details in one safe place.</source>
      <translation>[Ådd thé péõplé ýõü çáñ türñ tõ — á péér, ýõür šüpérvîšõr, á frîéñd. Thé ápp ñévér çõñtáçtš áñýõñé; ît jüšt kéépš théîr détáîlš îñ õñé šáfé pláçé. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/people_view.py" line="127" />
      <source>Someone new</source>
      <translation>[Šõméõñé ñéw ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/people_view.py" line="230" />
      <source> week</source>
      <translation>[ wéék ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/people_view.py" line="230" />
      <location filename="../../ui/people_view.ui" line="233" />
      <source> weeks</source>
      <translation>[ wéékš ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/people_view.py" line="238" />
      <source>Saving…</source>
      <translation>[Šávîñğ… ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/people_view.py" line="274" />
      <source>Couldn't save: %1. Your words are still here.</source>
      <translation>[Çõüldñ't šávé: %1. Ýõür wõrdš áré štîll héré. ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/people_view.py" line="278" />
      <source>Saved</source>
      <translation>[Šávéd ·]</translation>
    </message>
    <message>
      <location filename="../../ui/people_view.ui" line="5" />
      <location filename="../../ui/people_view.ui" line="20" />
      <location filename="../../ui/people_view.ui" line="44" />
      <source>People I can talk to</source>
      <translation>[Péõplé Î çáñ tálk tõ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/people_view.ui" line="25" />
      <source>Who you can turn to, and how to reach them. The app never contacts anyone.</source>
      <translation>[Whõ ýõü çáñ türñ tõ, áñd hõw tõ réáçh thém. Thé ápp ñévér çõñtáçtš áñýõñé. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/people_view.ui" line="33" />
      <location filename="../../ui/people_view.ui" line="81" />
      <source>Add a person</source>
      <translation>[Ådd á péršõñ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/people_view.ui" line="34" />
      <source>Add someone to your address book</source>
      <translation>[Ådd šõméõñé tõ ýõür áddréšš bõõk ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/people_view.ui" line="43" />
      <source>The people you can turn to; choose one to see or change their details</source>
      <translation>[Thé péõplé ýõü çáñ türñ tõ; çhõõšé õñé tõ šéé õr çháñğé théîr détáîlš ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/people_view.ui" line="48" />
      <location filename="../../ui/people_view.ui" line="123" />
      <location filename="../../ui/people_view.ui" line="129" />
      <source>Name</source>
      <translation>[Ñámé ·]</translation>
    </message>
    <message>
      <location filename="../../ui/people_view.ui" line="49" />
      <location filename="../../ui/people_view.ui" line="136" />
      <location filename="../../ui/people_view.ui" line="143" />
      <source>Who they are to me</source>
      <translation>[Whõ théý áré tõ mé ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/people_view.ui" line="50" />
      <source>Last talked</source>
      <translation>[Lášt tálkéd ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/people_view.ui" line="80" />
      <source>Adds someone you can talk to</source>
      <translation>[Åddš šõméõñé ýõü çáñ tálk tõ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/people_view.ui" line="130" />
      <source>A first name is enough</source>
      <translation>[Å fîršt ñámé îš éñõüğh ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/people_view.ui" line="142" />
      <source>A peer supporter, your supervisor, a friend, family or an organisation</source>
      <translation>[Å péér šüppõrtér, ýõür šüpérvîšõr, á frîéñd, fámîlý õr áñ õrğáñîšátîõñ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/people_view.ui" line="148" />
      <location filename="../../ui/people_view.ui" line="158" />
      <source>When we last talked</source>
      <translation>[Whéñ wé lášt tálkéd ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/people_view.ui" line="157" />
      <source>The day you last talked</source>
      <translation>[Thé dáý ýõü lášt tálkéd ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/people_view.ui" line="160" />
      <source>d MMMM yyyy</source>
      <translation>d MMMM yyyy</translation>
    </message>
    <message>
      <location filename="../../ui/people_view.ui" line="161" />
      <source>Not noted yet</source>
      <translation>[Ñõt ñõtéd ýét ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/people_view.ui" line="166" />
      <source>Notes that you talked with them today</source>
      <translation>[Ñõtéš thát ýõü tálkéd wîth thém tõdáý ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/people_view.ui" line="167" />
      <source>Today</source>
      <translation>[Tõdáý ·]</translation>
    </message>
    <message>
      <location filename="../../ui/people_view.ui" line="168" />
      <source>We talked today</source>
      <translation>[Wé tálkéd tõdáý ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/people_view.ui" line="172" />
      <source>Forgets the date you last talked</source>
      <translation>[Fõrğétš thé dáté ýõü lášt tálkéd ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/people_view.ui" line="173" />
      <source>Clear</source>
      <translation>[Çléár ·]</translation>
    </message>
    <message>
      <location filename="../../ui/people_view.ui" line="174" />
      <source>Clear when we last talked</source>
      <translation>[Çléár whéñ wé lášt tálkéd ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/people_view.ui" line="188" />
      <location filename="../../ui/people_view.ui" line="195" />
      <source>How I reach them</source>
      <translation>[Hõw Î réáçh thém ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/people_view.ui" line="194" />
      <source>A number, an email or where you see them. The app never contacts anyone.</source>
      <translation>[Å ñümbér, áñ émáîl õr whéré ýõü šéé thém. Thé ápp ñévér çõñtáçtš áñýõñé. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/people_view.ui" line="196" />
      <source>A number, an email, "in the office on Tuesdays"… Only for you to read: the app never dials or sends.</source>
      <translation>[Å ñümbér, áñ émáîl, "îñ thé õffîçé õñ Tüéšdáýš"… Õñlý fõr ýõü tõ réád: thé ápp ñévér dîálš õr šéñdš. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/people_view.ui" line="204" />
      <location filename="../../ui/people_view.ui" line="211" />
      <source>Notes</source>
      <translation>[Ñõtéš ·]</translation>
    </message>
    <message>
      <location filename="../../ui/people_view.ui" line="210" />
      <source>Anything you want to remember about them</source>
      <translation>[Åñýthîñğ ýõü wáñt tõ rémémbér ábõüt thém ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/people_view.ui" line="212" />
      <source>Anything that helps: what they're good to talk to about, a good time to call.</source>
      <translation>[Åñýthîñğ thát hélpš: whát théý'ré ğõõd tõ tálk tõ ábõüt, á ğõõd tîmé tõ çáll. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/people_view.ui" line="222" />
      <source>Remind me if we haven't been in touch for</source>
      <translation>[Rémîñd mé îf wé hávéñ't bééñ îñ tõüçh fõr ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/people_view.ui" line="223" />
      <source>A quiet line on Today, only for the people you choose</source>
      <translation>[Å qüîét lîñé õñ Tõdáý, õñlý fõr thé péõplé ýõü çhõõšé ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/people_view.ui" line="228" />
      <source>Today mentions them after this many weeks without a chat</source>
      <translation>[Tõdáý méñtîõñš thém áftér thîš máñý wéékš wîthõüt á çhát ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/people_view.ui" line="229" />
      <source>Weeks before a reminder</source>
      <translation>[Wéékš béfõré á rémîñdér ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/people_view.ui" line="249" />
      <source>Saving</source>
      <translation>[Šávîñğ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/people_view.ui" line="258" />
      <source>Takes this person out of your address book</source>
      <translation>[Tákéš thîš péršõñ õüt õf ýõür áddréšš bõõk ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/people_view.ui" line="259" />
      <source>Remove from my address book…</source>
      <translation>[Rémõvé frõm mý áddréšš bõõk… ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/people_view.ui" line="260" />
      <source>Remove this person from my address book</source>
      <translation>[Rémõvé thîš péršõñ frõm mý áddréšš bõõk ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
  </context>
  <context>
    <name>PeopleWords</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/people_words.py" line="21" />
      <source>Peer supporter</source>
      <translation>[Péér šüppõrtér ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/people_words.py" line="22" />
      <source>Supervisor</source>
      <translation>[Šüpérvîšõr ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/people_words.py" line="23" />
      <source>Friend</source>
      <translation>[Frîéñd ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/people_words.py" line="24" />
      <source>Family</source>
      <translation>[Fámîlý ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/people_words.py" line="25" />
      <source>Organisation</source>
      <translation>[Õrğáñîšátîõñ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/people_words.py" line="26" />
      <source>Someone else</source>
      <translation>[Šõméõñé élšé ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/people_words.py" line="41" />
      <source>Not noted yet</source>
      <translation>[Ñõt ñõtéd ýét ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/people_words.py" line="44" />
      <source>Today</source>
      <translation>[Tõdáý ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/people_words.py" line="46" />
      <source>Yesterday</source>
      <translation>[Ýéštérdáý ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/people_words.py" line="47" />
      <source>%1 ago</source>
      <translation>[%1 áğõ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/people_words.py" line="52" />
      <source>You haven't been in touch with %1 for %2</source>
      <translation>[Ýõü hávéñ't bééñ îñ tõüçh wîth %1 fõr %2 ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/people_words.py" line="54" />
      <source>You haven't noted talking with %1 since you added them %2 ago</source>
      <translation>[Ýõü hávéñ't ñõtéd tálkîñğ wîth %1 šîñçé ýõü áddéd thém %2 áğõ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
  </context>
  <context>
    <name>PlanChanges</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/plan_changes.py" line="101" />
      <source>add an item</source>
      <translation>[ádd áñ îtém ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/plan_changes.py" line="111" />
      <source>change an item's words</source>
      <translation>[çháñğé áñ îtém'š wõrdš ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/plan_changes.py" line="132" />
      <source>remove an item</source>
      <translation>[rémõvé áñ îtém ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/plan_changes.py" line="151" />
      <source>move an item</source>
      <translation>[mõvé áñ îtém ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/plan_changes.py" line="165" />
      <source>change the review date</source>
      <translation>[çháñğé thé révîéw dáté ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/plan_changes.py" line="177" />
      <source>add a section</source>
      <translation>[ádd á šéçtîõñ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/plan_changes.py" line="189" />
      <source>remove a section</source>
      <translation>[rémõvé á šéçtîõñ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/plan_history.py" line="131" />
      <source>the plan</source>
      <translation>[thé pláñ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/plan_history.py" line="139" />
      <source>Moved “%1” within %2</source>
      <translation>[Mõvéd “%1” wîthîñ %2 ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/plan_history.py" line="155" />
      <source>Moved the review date to %1</source>
      <translation>[Mõvéd thé révîéw dáté tõ %1 ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/plan_history.py" line="165" />
      <source>Added “%1” to %2</source>
      <translation>[Åddéd “%1” tõ %2 ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/plan_history.py" line="169" />
      <source>Changed “%1” to “%2” in %3</source>
      <translation>[Çháñğéd “%1” tõ “%2” îñ %3 ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/plan_history.py" line="173" />
      <source>Removed “%1” from %2</source>
      <translation>[Rémõvéd “%1” frõm %2 ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/plan_history.py" line="177" />
      <source>Moved “%1” from %2 to %3</source>
      <translation>[Mõvéd “%1” frõm %2 tõ %3 ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/plan_history.py" line="181" />
      <source>Added a section of your own: “%1”</source>
      <translation>[Åddéd á šéçtîõñ õf ýõür õwñ: “%1” ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/plan_history.py" line="185" />
      <source>Renamed the section “%1” to “%2”</source>
      <translation>[Réñáméd thé šéçtîõñ “%1” tõ “%2” ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/plan_history.py" line="189" />
      <source>Removed your section “%1”</source>
      <translation>[Rémõvéd ýõür šéçtîõñ “%1” ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/plan_history.py" line="193" />
      <source>Took away the review date</source>
      <translation>[Tõõk áwáý thé révîéw dáté ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/plan_history.py" line="197" />
      <source>Set the review date for %1</source>
      <translation>[Šét thé révîéw dáté fõr %1 ·~ ·~ ·~ ]</translation>
    </message>
  </context>
  <context>
    <name>PlanHistory</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/plan_history_panel.py" line="23" />
      <source>Today, %1</source>
      <translation>[Tõdáý, %1 ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/plan_history_panel.py" line="25" />
      <source>Yesterday, %1</source>
      <translation>[Ýéštérdáý, %1 ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/plan_history_panel.py" line="36" />
      <source>Changes you make will be listed here, newest first, so you can look back on how your plan has grown.</source>
      <translation>[Çháñğéš ýõü máké wîll bé lîštéd héré, ñéwéšt fîršt, šõ ýõü çáñ lõõk báçk õñ hõw ýõür pláñ háš ğrõwñ. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
  </context>
  <context>
    <name>PlanItemDelegate</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/plan_delegate.py" line="103" />
      <source>Remove (Delete)</source>
      <translation>[Rémõvé (Délété) ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/plan_delegate.py" line="113" />
      <source>Edit this item</source>
      <translation>[Édît thîš îtém ·~ ·~]</translation>
    </message>
  </context>
  <context>
    <name>PlanItemList</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/plan_item_list.py" line="46" />
      <source>F2 to edit, Delete to remove, Alt+Up or Alt+Down to move, the menu key for more.</source>
      <translation>[F2 tõ édît, Délété tõ rémõvé, Ålt+Üp õr Ålt+Dõwñ tõ mõvé, thé méñü kéý fõr mõré. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
  </context>
  <context>
    <name>PlanItemMenu</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/plan_menu.py" line="37" />
      <source>Change the words</source>
      <translation>[Çháñğé thé wõrdš ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/plan_menu.py" line="39" />
      <source>Move up</source>
      <translation>[Mõvé üp ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/plan_menu.py" line="42" />
      <source>Move down</source>
      <translation>[Mõvé dõwñ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/plan_menu.py" line="46" />
      <source>Move to</source>
      <translation>[Mõvé tõ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/plan_menu.py" line="54" />
      <source>Remove</source>
      <translation>[Rémõvé ·]</translation>
    </message>
  </context>
  <context>
    <name>PlanSectionWidget</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/plan_section.py" line="72" />
      <source>A section of your own. Add whatever belongs here.</source>
      <translation>[Å šéçtîõñ õf ýõür õwñ. Ådd whátévér bélõñğš héré. ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/plan_section.py" line="76" />
      <location filename="../../wellbeing_desktop/gui/views/plan_section.py" line="77" />
      <source>Add to “%1”</source>
      <translation>[Ådd tõ “%1” ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/plan_section.py" line="78" />
      <source>Adds what you typed to this section</source>
      <translation>[Åddš whát ýõü týpéd tõ thîš šéçtîõñ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/plan_section.py" line="89" />
      <source>Open your address book →</source>
      <translation>[Õpéñ ýõür áddréšš bõõk → ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/plan_section.py" line="95" />
      <source>The People screen: who you can talk to, how to reach them, and when you last talked</source>
      <translation>[Thé Péõplé šçrééñ: whõ ýõü çáñ tálk tõ, hõw tõ réáçh thém, áñd whéñ ýõü lášt tálkéd ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/plan_section.py" line="126" />
      <source>Add “%1” to your plan</source>
      <translation>[Ådd “%1” tõ ýõür pláñ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/plan_section.py" line="127" />
      <source>Add this to your plan; you can change the words afterwards.</source>
      <translation>[Ådd thîš tõ ýõür pláñ; ýõü çáñ çháñğé thé wõrdš áftérwárdš. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/plan_section.ui" line="43" />
      <source>Takes this empty section out of your plan; you can undo it</source>
      <translation>[Tákéš thîš émptý šéçtîõñ õüt õf ýõür pláñ; ýõü çáñ üñdõ ît ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/plan_section.ui" line="45" />
      <source>Remove section</source>
      <translation>[Rémõvé šéçtîõñ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/plan_section.ui" line="70" />
      <source>Items in this section</source>
      <translation>[Îtémš îñ thîš šéçtîõñ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/plan_section.ui" line="77" />
      <source>For example — choose one to add it, or write your own:</source>
      <translation>[Fõr éxámplé — çhõõšé õñé tõ ádd ît, õr wrîté ýõür õwñ: ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/plan_section.ui" line="99" />
      <source>Add something of your own, then press Enter</source>
      <translation>[Ådd šõméthîñğ õf ýõür õwñ, théñ préšš Éñtér ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/plan_section.ui" line="102" />
      <source>Add to this section</source>
      <translation>[Ådd tõ thîš šéçtîõñ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/plan_section.ui" line="112" />
      <source>Add</source>
      <translation>[Ådd ]</translation>
    </message>
  </context>
  <context>
    <name>PlanView</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/plan_view.py" line="49" />
      <location filename="../../ui/plan_view.ui" line="6" />
      <source>Self-care plan</source>
      <translation>[Šélf-çáré pláñ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/plan_view.py" line="74" />
      <location filename="../../wellbeing_desktop/gui/views/plan_view.py" line="84" />
      <location filename="../../ui/plan_view.ui" line="56" />
      <location filename="../../ui/plan_view.ui" line="59" />
      <source>Undo</source>
      <translation>[Üñdõ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/plan_view.py" line="75" />
      <location filename="../../wellbeing_desktop/gui/views/plan_view.py" line="85" />
      <location filename="../../ui/plan_view.ui" line="72" />
      <location filename="../../ui/plan_view.ui" line="75" />
      <source>Redo</source>
      <translation>[Rédõ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/plan_view.py" line="99" />
      <source>Takes back: %1</source>
      <translation>[Tákéš báçk: %1 ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/plan_view.py" line="99" />
      <source>Nothing to take back yet</source>
      <translation>[Ñõthîñğ tõ táké báçk ýét ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/plan_view.py" line="102" />
      <source>Puts back: %1</source>
      <translation>[Pütš báçk: %1 ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/plan_view.py" line="102" />
      <source>Nothing to put back</source>
      <translation>[Ñõthîñğ tõ püt báçk ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/plan_view.ui" line="37" />
      <source>Your self-care plan</source>
      <translation>[Ýõür šélf-çáré pláñ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/plan_view.ui" line="44" />
      <source>What helps you stay well in this work. It's yours — change it whenever you like.</source>
      <translation>[Whát hélpš ýõü štáý wéll îñ thîš wõrk. Ît'š ýõürš — çháñğé ît whéñévér ýõü lîké. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/plan_view.ui" line="108" />
      <source>Your plan's review date has come. When you have a moment, look it over — with your supervisor if you like.</source>
      <translation>[Ýõür pláñ'š révîéw dáté háš çõmé. Whéñ ýõü hávé á mõméñt, lõõk ît õvér — wîth ýõür šüpérvîšõr îf ýõü lîké. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/plan_view.ui" line="130" />
      <source>Problem</source>
      <translation>[Prõblém ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/plan_view.ui" line="181" />
      <source>Name a section of your own, such as “Things I'm proud of”</source>
      <translation>[Ñámé á šéçtîõñ õf ýõür õwñ, šüçh áš “Thîñğš Î'm prõüd õf” ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/plan_view.ui" line="184" />
      <source>Name of a new section</source>
      <translation>[Ñámé õf á ñéw šéçtîõñ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/plan_view.ui" line="192" />
      <source>Adds a section of your own to your plan</source>
      <translation>[Åddš á šéçtîõñ õf ýõür õwñ tõ ýõür pláñ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/plan_view.ui" line="194" />
      <source>Add section</source>
      <translation>[Ådd šéçtîõñ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/plan_view.ui" line="247" />
      <location filename="../../ui/plan_view.ui" line="272" />
      <source>Review date</source>
      <translation>[Révîéw dáté ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/plan_view.ui" line="254" />
      <source>A day to look over your plan again, perhaps with your supervisor.</source>
      <translation>[Å dáý tõ lõõk õvér ýõür pláñ áğáîñ, pérhápš wîth ýõür šüpérvîšõr. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/plan_view.ui" line="262" />
      <source>When ticked, the app reminds you to look over your plan on the date you choose</source>
      <translation>[Whéñ tîçkéd, thé ápp rémîñdš ýõü tõ lõõk õvér ýõür pláñ õñ thé dáté ýõü çhõõšé ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/plan_view.ui" line="264" />
      <source>Review my plan on</source>
      <translation>[Révîéw mý pláñ õñ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/plan_view.ui" line="270" />
      <source>When you would like to look over your plan again</source>
      <translation>[Whéñ ýõü wõüld lîké tõ lõõk õvér ýõür pláñ áğáîñ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/plan_view.ui" line="298" />
      <location filename="../../ui/plan_view.ui" line="305" />
      <source>Changes over time</source>
      <translation>[Çháñğéš õvér tîmé ·~ ·~ ]</translation>
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="37" />
      <source>Preferences</source>
      <translation>[Préféréñçéš ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="45" />
      <source> minutes</source>
      <translation>[ mîñütéš ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="47" />
      <source>Lock after this long without use</source>
      <translation>[Lõçk áftér thîš lõñğ wîthõüt üšé ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="49" />
      <source>Minutes without use before the app locks itself</source>
      <translation>[Mîñütéš wîthõüt üšé béfõré thé ápp lõçkš îtšélf ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="51" />
      <source>Lock when the window is minimised</source>
      <translation>[Lõçk whéñ thé wîñdõw îš mîñîmîšéd ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="55" />
      <source>When ticked, the app locks as soon as you minimise its window</source>
      <translation>[Whéñ tîçkéd, thé ápp lõçkš áš šõõñ áš ýõü mîñîmîšé îtš wîñdõw ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="59" />
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="87" />
      <source>Appearance</source>
      <translation>[Åppéáráñçé ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="61" />
      <source>Light, dark, high contrast, or the same as your system</source>
      <translation>[Lîğht, dárk, hîğh çõñtrášt, õr thé šámé áš ýõür šýštém ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="64" />
      <source>Same as my system</source>
      <translation>[Šámé áš mý šýštém ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="65" />
      <source>Light</source>
      <translation>[Lîğht ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="66" />
      <source>Dark</source>
      <translation>[Dárk ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="67" />
      <source>High contrast</source>
      <translation>[Hîğh çõñtrášt ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="73" />
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="88" />
      <source>Text size</source>
      <translation>[Téxt šîžé ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="75" />
      <source>Makes all the words larger, up to twice the usual size</source>
      <translation>[Mákéš áll thé wõrdš lárğér, üp tõ twîçé thé üšüál šîžé ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="85" />
      <source>Lock after</source>
      <translation>[Lõçk áftér ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="89" />
      <source>Automatic backups</source>
      <translation>[Åütõmátîç báçküpš ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="91" />
      <source>Reminder</source>
      <translation>[Rémîñdér ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="93" />
      <source>Content packs</source>
      <translation>[Çõñtéñt páçkš ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="96" />
      <source>Content packs…</source>
      <translation>[Çõñtéñt páçkš… ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="97" />
      <source>Add or remove extra prompts and templates, or make your own</source>
      <translation>[Ådd õr rémõvé éxtrá prõmptš áñd témplátéš, õr máké ýõür õwñ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="102" />
      <source>Passphrase</source>
      <translation>[Páššphrášé ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="105" />
      <source>Change passphrase…</source>
      <translation>[Çháñğé páššphrášé… ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="106" />
      <source>Choose a new passphrase to open your vault</source>
      <translation>[Çhõõšé á ñéw páššphrášé tõ õpéñ ýõür váült ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="110" />
      <source>Recovery key</source>
      <translation>[Réçõvérý kéý ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="112" />
      <source>Encryption key</source>
      <translation>[Éñçrýptîõñ kéý ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="115" />
      <source>Rotate encryption key…</source>
      <translation>[Rõtáté éñçrýptîõñ kéý… ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="116" />
      <source>Locks your vault again with a fresh key, for when you worry the old one is known</source>
      <translation>[Lõçkš ýõür váült áğáîñ wîth á fréšh kéý, fõr whéñ ýõü wõrrý thé õld õñé îš kñõwñ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="125" />
      <source>Keeps these settings and closes</source>
      <translation>[Kéépš théšé šéttîñğš áñd çlõšéš ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="128" />
      <source>Closes without changing any settings</source>
      <translation>[Çlõšéš wîthõüt çháñğîñğ áñý šéttîñğš ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="159" />
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="201" />
      <source>Choose a folder for automatic backups</source>
      <translation>[Çhõõšé á fõldér fõr áütõmátîç báçküpš ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="161" />
      <source>The app saves a backup there when you close it, at most once a day</source>
      <translation>[Thé ápp šávéš á báçküp théré whéñ ýõü çlõšé ît, át mõšt õñçé á dáý ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="164" />
      <source>Turn off</source>
      <translation>[Türñ õff ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="166" />
      <source>Turn automatic backups off</source>
      <translation>[Türñ áütõmátîç báçküpš õff ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="168" />
      <source>Stops saving backups when you close the app; backups already saved stay</source>
      <translation>[Štõpš šávîñğ báçküpš whéñ ýõü çlõšé thé ápp; báçküpš álréádý šávéd štáý ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="184" />
      <source>On closing the app, once a day, into %1. The newest 7 are kept.</source>
      <translation>[Õñ çlõšîñğ thé ápp, õñçé á dáý, îñtõ %1. Thé ñéwéšt 7 áré képt. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="191" />
      <source>Off. Choose a folder, perhaps on a USB stick, for a backup each day you close the app.</source>
      <translation>[Õff. Çhõõšé á fõldér, pérhápš õñ á ÜŠB štîçk, fõr á báçküp éáçh dáý ýõü çlõšé thé ápp. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="195" />
      <source>Change folder…</source>
      <translation>[Çháñğé fõldér… ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="195" />
      <source>Choose a folder…</source>
      <translation>[Çhõõšé á fõldér… ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="241" />
      <source>A key to open your vault if you forget your passphrase; it replaces any earlier one</source>
      <translation>[Å kéý tõ õpéñ ýõür váült îf ýõü fõrğét ýõür páššphrášé; ît répláçéš áñý éárlîér õñé ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="244" />
      <source>Remove</source>
      <translation>[Rémõvé ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="246" />
      <source>Remove the recovery key</source>
      <translation>[Rémõvé thé réçõvérý kéý ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="248" />
      <source>Afterwards only your passphrase opens your vault; you'll be asked first</source>
      <translation>[Åftérwárdš õñlý ýõür páššphrášé õpéñš ýõür váült; ýõü'll bé áškéd fîršt ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="260" />
      <source>Made</source>
      <translation>[Mádé ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="260" />
      <source>None yet</source>
      <translation>[Ñõñé ýét ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="262" />
      <source>Make a new one…</source>
      <translation>[Máké á ñéw õñé… ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="262" />
      <source>Make a recovery key…</source>
      <translation>[Máké á réçõvérý kéý… ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="281" />
      <source>Remove the recovery key?</source>
      <translation>[Rémõvé thé réçõvérý kéý? ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="282" />
      <source>Without it, only your passphrase opens your vault. Remove the recovery key?</source>
      <translation>[Wîthõüt ît, õñlý ýõür páššphrášé õpéñš ýõür váült. Rémõvé thé réçõvérý kéý? ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
  </context>
  <context>
    <name>PrintedDevelopment</name>
    <message>
      <location filename="../../wellbeing_desktop/services/print_development.py" line="18" />
      <source>My development record</source>
      <translation>[Mý dévélõpméñt réçõrd ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/print_development.py" line="20" />
      <source>Training</source>
      <translation>[Tráîñîñğ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/print_development.py" line="21" />
      <source>Experience</source>
      <translation>[Éxpérîéñçé ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/print_development.py" line="40" />
      <source>Development goals</source>
      <translation>[Dévélõpméñt ğõálš ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/print_development.py" line="42" />
      <source>No development goals written yet.</source>
      <translation>[Ñõ dévélõpméñt ğõálš wrîttéñ ýét. ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/print_development.py" line="44" />
      <source>Learning log</source>
      <translation>[Léárñîñğ lõğ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/print_development.py" line="46" />
      <source>Nothing in the learning log yet.</source>
      <translation>[Ñõthîñğ îñ thé léárñîñğ lõğ ýét. ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/print_development.py" line="63" />
      <source>Done on %1</source>
      <translation>[Dõñé õñ %1 ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/print_development.py" line="66" />
      <source>Why:</source>
      <translation>[Whý: ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/print_development.py" line="71" />
      <source>(by %1)</source>
      <translation>[(bý %1) ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/print_development.py" line="85" />
      <source>What I learned:</source>
      <translation>[Whát Î léárñéd: ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/print_development.py" line="87" />
      <source>How my practice changed:</source>
      <translation>[Hõw mý práçtîçé çháñğéd: ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/print_development.py" line="90" />
      <source>From my diary: %1</source>
      <translation>[Frõm mý dîárý: %1 ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/print_development.py" line="100" />
      <source>An untitled entry (%1)</source>
      <translation>[Åñ üñtîtléd éñtrý (%1) ·~ ·~ ·]</translation>
    </message>
  </context>
  <context>
    <name>PrintedDiary</name>
    <message>
      <location filename="../../wellbeing_desktop/services/print_diary.py" line="18" />
      <source>From my reflective diary</source>
      <translation>[Frõm mý réfléçtîvé dîárý ·~ ·~ ·~ ]</translation>
    </message>
    <message numerus="yes">
      <location filename="../../wellbeing_desktop/services/print_diary.py" line="48" />
      <source>%Ln entries, oldest first.</source>
      <comment>%Ln entry, oldest first.</comment>
      <translation>
        <numerusform>[%Ln éñtrîéš, õldéšt fîršt. ·~ ·~ ·~]</numerusform>
        <numerusform>[%Ln éñtrîéš, õldéšt fîršt. ·~ ·~ ·~]</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/print_diary.py" line="56" />
      <source>Untitled entry</source>
      <translation>[Üñtîtléd éñtrý ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/print_diary.py" line="61" />
      <source>mood %1 of 10</source>
      <translation>[mõõd %1 õf 10 ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/print_diary.py" line="64" />
      <source>Feelings: %1</source>
      <translation>[Féélîñğš: %1 ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/print_diary.py" line="66" />
      <source>Tags: %1</source>
      <translation>[Táğš: %1 ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/print_diary.py" line="68" />
      <source>To bring to supervision</source>
      <translation>[Tõ brîñğ tõ šüpérvîšîõñ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/print_diary.py" line="72" />
      <source>Nothing written yet.</source>
      <translation>[Ñõthîñğ wrîttéñ ýét. ·~ ·~ ·]</translation>
    </message>
  </context>
  <context>
    <name>PrintedPage</name>
    <message>
      <location filename="../../wellbeing_desktop/services/print_html.py" line="59" />
      <source>Private — printed from Wellbeing Desktop on %1.</source>
      <translation>[Prîváté — prîñtéd frõm Wéllbéîñğ Déšktõp õñ %1. ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
  </context>
  <context>
    <name>PrintedPlan</name>
    <message>
      <location filename="../../wellbeing_desktop/services/print_plan.py" line="19" />
      <source>My self-care plan</source>
      <translation>[Mý šélf-çáré pláñ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/print_plan.py" line="20" />
      <source>Support and crisis contacts</source>
      <translation>[Šüppõrt áñd çrîšîš çõñtáçtš ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/print_plan.py" line="39" />
      <source>Nothing written here yet.</source>
      <translation>[Ñõthîñğ wrîttéñ héré ýét. ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/print_plan.py" line="53" />
      <source>not filled in yet</source>
      <translation>[ñõt fîlléd îñ ýét ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/print_plan.py" line="61" />
      <source>No review date set yet.</source>
      <translation>[Ñõ révîéw dáté šét ýét. ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/print_plan.py" line="63" />
      <source>Due for review since %1.</source>
      <translation>[Düé fõr révîéw šîñçé %1. ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/print_plan.py" line="64" />
      <source>Next review: %1.</source>
      <translation>[Ñéxt révîéw: %1. ·~ ·~]</translation>
    </message>
  </context>
  <context>
    <name>PrintedRecoveryKey</name>
    <message>
      <location filename="../../wellbeing_desktop/services/print_recovery_key.py" line="12" />
      <source>My Wellbeing Desktop recovery key</source>
      <translation>[Mý Wéllbéîñğ Déšktõp réçõvérý kéý ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/print_recovery_key.py" line="20" />
      <source>Made on %1.</source>
      <translation>[Mádé õñ %1. ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/print_recovery_key.py" line="22" />
      <source>It opens the vault in &lt;b&gt;%1&lt;/b&gt;.</source>
      <translation>[Ît õpéñš thé váült îñ &lt;b&gt;%1&lt;/b&gt;. ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/print_recovery_key.py" line="24" />
      <source>It opens the vault you had open when you made it.</source>
      <translation>[Ît õpéñš thé váült ýõü hád õpéñ whéñ ýõü mádé ît. ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/print_recovery_key.py" line="28" />
      <source>Open Wellbeing Desktop and choose &lt;b&gt;Forgot your passphrase?&lt;/b&gt; on the unlock screen (or, on the command line, run &lt;b&gt;wellbeing-desktop recover&lt;/b&gt;).</source>
      <translation>[Õpéñ Wéllbéîñğ Déšktõp áñd çhõõšé &lt;b&gt;Fõrğõt ýõür páššphrášé?&lt;/b&gt; õñ thé üñlõçk šçrééñ (õr, õñ thé çõmmáñd lîñé, rüñ &lt;b&gt;wéllbéîñğ-déšktõp réçõvér&lt;/b&gt;). ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/print_recovery_key.py" line="32" />
      <source>Type the key above: %1 groups of five letters and digits. Capitals or small letters are both fine; a typo is caught and you can try again.</source>
      <translation>[Týpé thé kéý ábõvé: %1 ğrõüpš õf fîvé léttérš áñd dîğîtš. Çápîtálš õr šmáll léttérš áré bõth fîñé; á týpõ îš çáüğht áñd ýõü çáñ trý áğáîñ. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/print_recovery_key.py" line="36" />
      <source>Choose a new passphrase. Your diary, plan and check-ins are all still there, and this key keeps working.</source>
      <translation>[Çhõõšé á ñéw páššphrášé. Ýõür dîárý, pláñ áñd çhéçk-îñš áré áll štîll théré, áñd thîš kéý kéépš wõrkîñğ. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/print_recovery_key.py" line="42" />
      <source>Anyone who has this key and your vault can open your diary. Keep this page somewhere safe, away from your computer, like a locked drawer.</source>
      <translation>[Åñýõñé whõ háš thîš kéý áñd ýõür váült çáñ õpéñ ýõür dîárý. Kéép thîš páğé šõméwhéré šáfé, áwáý frõm ýõür çõmpütér, lîké á lõçkéd dráwér. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/print_recovery_key.py" line="45" />
      <source>If you make a new recovery key in Preferences, this one stops working.</source>
      <translation>[Îf ýõü máké á ñéw réçõvérý kéý îñ Préféréñçéš, thîš õñé štõpš wõrkîñğ. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/print_recovery_key.py" line="46" />
      <source>Your passphrase is not on this page.</source>
      <translation>[Ýõür páššphrášé îš ñõt õñ thîš páğé. ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/print_recovery_key.py" line="48" />
      <source>If you forget your passphrase</source>
      <translation>[Îf ýõü fõrğét ýõür páššphrášé ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/print_recovery_key.py" line="49" />
      <source>Keeping it safe</source>
      <translation>[Kéépîñğ ît šáfé ·~ ·~]</translation>
    </message>
  </context>
  <context>
    <name>Printing</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/printing/printer.py" line="24" />
      <source>Print</source>
      <translation>[Prîñt ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/printing/render.py" line="82" />
      <source>Page %1 of %2</source>
      <translation>[Páğé %1 õf %2 ·~ ]</translation>
    </message>
  </context>
  <context>
    <name>PromptGuide</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/diary_prompts.py" line="59" />
      <source>%1 · step %2 of %3 · %4</source>
      <translation>[%1 · štép %2 õf %3 · %4 ·~ ·~]</translation>
    </message>
  </context>
  <context>
    <name>RecoverDialog</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/recover_dialog.py" line="19" />
      <source>Use your recovery key</source>
      <translation>[Üšé ýõür réçõvérý kéý ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/recover_dialog.py" line="23" />
      <source>Type your recovery key (the eleven groups you printed or wrote down), then choose a new passphrase.</source>
      <translation>[Týpé ýõür réçõvérý kéý (thé élévéñ ğrõüpš ýõü prîñtéd õr wrõté dõwñ), théñ çhõõšé á ñéw páššphrášé. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/recover_dialog.py" line="30" />
      <location filename="../../wellbeing_desktop/gui/dialogs/recover_dialog.py" line="66" />
      <source>Recovery key</source>
      <translation>[Réçõvérý kéý ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/recover_dialog.py" line="32" />
      <source>The eleven groups of letters and digits you wrote down</source>
      <translation>[Thé élévéñ ğrõüpš õf léttérš áñd dîğîtš ýõü wrõté dõwñ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/recover_dialog.py" line="37" />
      <location filename="../../wellbeing_desktop/gui/dialogs/recover_dialog.py" line="67" />
      <source>New passphrase</source>
      <translation>[Ñéw páššphrášé ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/recover_dialog.py" line="38" />
      <source>A few words only you know; longer is stronger</source>
      <translation>[Å féw wõrdš õñlý ýõü kñõw; lõñğér îš štrõñğér ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/recover_dialog.py" line="42" />
      <source>New passphrase again</source>
      <translation>[Ñéw páššphrášé áğáîñ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/recover_dialog.py" line="44" />
      <source>The new passphrase once more, to be sure it is right</source>
      <translation>[Thé ñéw páššphrášé õñçé mõré, tõ bé šüré ît îš rîğht ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/recover_dialog.py" line="57" />
      <source>Opens your vault with the recovery key, and sets your new passphrase</source>
      <translation>[Õpéñš ýõür váült wîth thé réçõvérý kéý, áñd šétš ýõür ñéw páššphrášé ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/recover_dialog.py" line="60" />
      <source>Closes and goes back to unlocking with your passphrase</source>
      <translation>[Çlõšéš áñd ğõéš báçk tõ üñlõçkîñğ wîth ýõür páššphrášé ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/recover_dialog.py" line="68" />
      <source>Type it again</source>
      <translation>[Týpé ît áğáîñ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/recover_dialog.py" line="84" />
      <source>The two passphrases are different. Please type them again.</source>
      <translation>[Thé twõ páššphrášéš áré dîfféréñt. Pléášé týpé thém áğáîñ. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
  </context>
  <context>
    <name>RecoveryKeyDialog</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/recovery_key_dialog.py" line="39" />
      <location filename="../../wellbeing_desktop/gui/dialogs/recovery_key_dialog.py" line="42" />
      <source>Your recovery key</source>
      <translation>[Ýõür réçõvérý kéý ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/recovery_key_dialog.py" line="46" />
      <source>If you ever forget your passphrase, this key opens your vault. It is shown only now. Print it or write it down, and keep it somewhere safe away from this computer.</source>
      <translation>[Îf ýõü évér fõrğét ýõür páššphrášé, thîš kéý õpéñš ýõür váült. Ît îš šhõwñ õñlý ñõw. Prîñt ît õr wrîté ît dõwñ, áñd kéép ît šõméwhéré šáfé áwáý frõm thîš çõmpütér. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/recovery_key_dialog.py" line="58" />
      <source>Recovery key</source>
      <translation>[Réçõvérý kéý ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/recovery_key_dialog.py" line="59" />
      <source>To be sure it is written down, type two of its groups:</source>
      <translation>[Tõ bé šüré ît îš wrîttéñ dõwñ, týpé twõ õf îtš ğrõüpš: ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/recovery_key_dialog.py" line="67" />
      <source>Group %1</source>
      <translation>[Ğrõüp %1 ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/recovery_key_dialog.py" line="69" />
      <source>Type this group of your key as you wrote it down</source>
      <translation>[Týpé thîš ğrõüp õf ýõür kéý áš ýõü wrõté ît dõwñ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/recovery_key_dialog.py" line="75" />
      <source>Closes once you've typed the two groups of your key back</source>
      <translation>[Çlõšéš õñçé ýõü'vé týpéd thé twõ ğrõüpš õf ýõür kéý báçk ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/recovery_key_dialog.py" line="78" />
      <source>Print…</source>
      <translation>[Prîñt… ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/recovery_key_dialog.py" line="80" />
      <source>Prints your key, to keep somewhere safe</source>
      <translation>[Prîñtš ýõür kéý, tõ kéép šõméwhéré šáfé ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/recovery_key_dialog.py" line="83" />
      <source>Save as PDF…</source>
      <translation>[Šávé áš PDF… ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/recovery_key_dialog.py" line="85" />
      <source>Saves your key as a PDF; you choose where</source>
      <translation>[Šávéš ýõür kéý áš á PDF; ýõü çhõõšé whéré ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/recovery_key_dialog.py" line="137" />
      <source>Save the recovery key as PDF</source>
      <translation>[Šávé thé réçõvérý kéý áš PDF ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/recovery_key_dialog.py" line="139" />
      <source>PDF files (*.pdf)</source>
      <translation>[PDF fîléš (*.pdf) ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/recovery_key_dialog.py" line="150" />
      <source>Saved to %1.</source>
      <translation>[Šávéd tõ %1. ·~ ]</translation>
    </message>
  </context>
  <context>
    <name>ReflectionChart</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/reflection_chart.py" line="22" />
      <source>Chart of your monthly answers beside your average mood</source>
      <translation>[Çhárt õf ýõür mõñthlý áñšwérš béšîdé ýõür ávéráğé mõõd ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/reflection_chart.py" line="23" />
      <source>The same figures, month by month, are in the table beside it</source>
      <translation>[Thé šámé fîğüréš, mõñth bý mõñth, áré îñ thé táblé béšîdé ît ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
  </context>
  <context>
    <name>ReflectionDialog</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/reflection_dialog.py" line="53" />
      <source>How is the work sitting with you? · %1</source>
      <translation>[Hõw îš thé wõrk šîttîñğ wîth ýõü? · %1 ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/reflection_dialog.py" line="71" />
      <source>Keeps your answers for this month</source>
      <translation>[Kéépš ýõür áñšwérš fõr thîš mõñth ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/reflection_dialog.py" line="73" />
      <source>Closes without keeping your answers</source>
      <translation>[Çlõšéš wîthõüt kéépîñğ ýõür áñšwérš ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/reflection_dialog.py" line="109" />
      <source>%1: %2 of 5</source>
      <translation>[%1: %2 õf 5 ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/reflection_dialog.py" line="112" />
      <source>1 is %1, 5 is %2</source>
      <translation>[1 îš %1, 5 îš %2 ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/reflection_dialog.py" line="151" />
      <source>This reflection couldn't be saved: %1</source>
      <translation>[Thîš réfléçtîõñ çõüldñ't bé šávéd: %1 ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/reflection_dialog.ui" line="5" />
      <source>How is the work sitting with you?</source>
      <translation>[Hõw îš thé wõrk šîttîñğ wîth ýõü? ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/reflection_dialog.ui" line="23" />
      <source>Questions</source>
      <translation>[Qüéštîõñš ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/reflection_dialog.ui" line="46" />
      <source>Anything about this month you want to remember. Only you see it.</source>
      <translation>[Åñýthîñğ ábõüt thîš mõñth ýõü wáñt tõ rémémbér. Õñlý ýõü šéé ît. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/reflection_dialog.ui" line="47" />
      <source>A note about this month (optional)</source>
      <translation>[Å ñõté ábõüt thîš mõñth (õptîõñál) ·~ ·~ ·~ ·~ ·]</translation>
    </message>
  </context>
  <context>
    <name>ReflectionNudge</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/today_reflection.py" line="21" />
      <source>This month</source>
      <translation>[Thîš mõñth ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/today_reflection.py" line="22" />
      <source>The monthly work reflection, optional</source>
      <translation>[Thé mõñthlý wõrk réfléçtîõñ, õptîõñál ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/today_reflection.py" line="32" />
      <source>Reflect…</source>
      <translation>[Réfléçt… ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/today_reflection.py" line="34" />
      <source>Reflect on how the work is sitting with you</source>
      <translation>[Réfléçt õñ hõw thé wõrk îš šîttîñğ wîth ýõü ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/today_reflection.py" line="35" />
      <source>Not this month</source>
      <translation>[Ñõt thîš mõñth ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/today_reflection.py" line="37" />
      <source>Opens this month's short reflection</source>
      <translation>[Õpéñš thîš mõñth'š šhõrt réfléçtîõñ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/today_reflection.py" line="39" />
      <source>Puts this away until next month; you can still reflect from the Growth screen</source>
      <translation>[Pütš thîš áwáý üñtîl ñéxt mõñth; ýõü çáñ štîll réfléçt frõm thé Ğrõwth šçrééñ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/today_reflection.py" line="50" />
      <source>A moment to reflect on how the work is sitting with you? — optional</source>
      <translation>[Å mõméñt tõ réfléçt õñ hõw thé wõrk îš šîttîñğ wîth ýõü? — õptîõñál ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
  </context>
  <context>
    <name>ReflectionPanel</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/growth_reflection.py" line="56" />
      <source>Look again at this month…</source>
      <translation>[Lõõk áğáîñ át thîš mõñth… ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/growth_reflection.py" line="58" />
      <source>Reflect on this month…</source>
      <translation>[Réfléçt õñ thîš mõñth… ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/growth_reflection.py" line="109" />
      <source>Question</source>
      <translation>[Qüéštîõñ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/growth_reflection.py" line="114" />
      <source>%1. 1 is %2, 5 is %3.</source>
      <translation>[%1. 1 îš %2, 5 îš %3. ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/growth_reflection.py" line="120" />
      <source>Your average mood that month (1 to 10)</source>
      <translation>[Ýõür ávéráğé mõõd thát mõñth (1 tõ 10) ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/growth_reflection.py" line="143" />
      <source>Your average mood that month</source>
      <translation>[Ýõür ávéráğé mõõd thát mõñth ·~ ·~ ·~ ·]</translation>
    </message>
  </context>
  <context>
    <name>ReminderRow</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/reminder_row.py" line="19" />
      <source>Remind me to check in at</source>
      <translation>[Rémîñd mé tõ çhéçk îñ át ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/reminder_row.py" line="23" />
      <source>When ticked, the app reminds you quietly at the time you choose</source>
      <translation>[Whéñ tîçkéd, thé ápp rémîñdš ýõü qüîétlý át thé tîmé ýõü çhõõšé ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/reminder_row.py" line="27" />
      <source>Reminder time</source>
      <translation>[Rémîñdér tîmé ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/reminder_row.py" line="29" />
      <source>A quiet reminder at this time, only on days you have not checked in</source>
      <translation>[Å qüîét rémîñdér át thîš tîmé, õñlý õñ dáýš ýõü hávé ñõt çhéçkéd îñ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/reminder_row.py" line="44" />
      <source>Only on days you haven't checked in, while the app is open. Nothing is sent anywhere.</source>
      <translation>[Õñlý õñ dáýš ýõü hávéñ't çhéçkéd îñ, whîlé thé ápp îš õpéñ. Ñõthîñğ îš šéñt áñýwhéré. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/reminder_row.py" line="46" />
      <source>Your desktop has no notification area, so reminders can't be shown here.</source>
      <translation>[Ýõür déšktõp háš ñõ ñõtîfîçátîõñ áréá, šõ rémîñdérš çáñ't bé šhõwñ héré. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
  </context>
  <context>
    <name>ReminderTray</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/reminder_tray.py" line="75" />
      <location filename="../../wellbeing_desktop/gui/reminder_tray.py" line="103" />
      <source>Wellbeing Desktop</source>
      <translation>[Wéllbéîñğ Déšktõp ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/reminder_tray.py" line="75" />
      <source>Would you like to check in? It only takes a moment.</source>
      <translation>[Wõüld ýõü lîké tõ çhéçk îñ? Ît õñlý tákéš á mõméñt. ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
  </context>
  <context>
    <name>RestoreAction</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/restore_action.py" line="37" />
      <source>Choose the backup to restore</source>
      <translation>[Çhõõšé thé báçküp tõ réštõré ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/restore_action.py" line="48" />
      <source>This backup cannot be restored</source>
      <translation>[Thîš báçküp çáññõt bé réštõréd ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/restore_action.py" line="67" />
      <source>That is the vault you are using now; please choose a backup folder instead.</source>
      <translation>[Thát îš thé váült ýõü áré üšîñğ ñõw; pléášé çhõõšé á báçküp fõldér îñštéád. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/restore_action.py" line="78" />
      <source>Restoring your backup…</source>
      <translation>[Réštõrîñğ ýõür báçküp… ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/restore_action.py" line="92" />
      <source>Your vault is restored from %1. Your previous vault is kept in %2.</source>
      <translation>[Ýõür váült îš réštõréd frõm %1. Ýõür prévîõüš váült îš képt îñ %2. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/restore_dialog.py" line="31" />
      <source>The backup in %1, last changed on %2.</source>
      <translation>[Thé báçküp îñ %1, lášt çháñğéd õñ %2. ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/restore_dialog.py" line="33" />
      <source>d MMMM yyyy 'at' HH:mm</source>
      <translation>d MMMM yyyy 'at' HH:mm</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/restore_dialog.py" line="35" />
      <source>Your current vault is kept aside in %1 and never deleted.</source>
      <translation>[Ýõür çürréñt váült îš képt ášîdé îñ %1 áñd ñévér délétéd. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/restore_dialog.py" line="38" />
      <source>Restore this backup</source>
      <translation>[Réštõré thîš báçküp ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/restore_dialog.py" line="42" />
      <source>Opens this backup as your vault; your current vault is kept aside</source>
      <translation>[Õpéñš thîš báçküp áš ýõür váült; ýõür çürréñt váült îš képt ášîdé ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/restore_dialog.py" line="49" />
      <source>Closes and leaves your vault as it is</source>
      <translation>[Çlõšéš áñd léávéš ýõür váült áš ît îš ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/restore_dialog.py" line="58" />
      <source>Please type the backup's passphrase.</source>
      <translation>[Pléášé týpé thé báçküp'š páššphrášé. ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/restore_dialog.py" line="86" />
      <source>That passphrase does not open this backup. It is the one you used when the backup was made.</source>
      <translation>[Thát páššphrášé dõéš ñõt õpéñ thîš báçküp. Ît îš thé õñé ýõü üšéd whéñ thé báçküp wáš mádé. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/restore_dialog.ui" line="7" />
      <location filename="../../ui/restore_dialog.ui" line="16" />
      <source>Restore from a backup</source>
      <translation>[Réštõré frõm á báçküp ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/restore_dialog.ui" line="29" />
      <source>Your diary, self-care plan and check-ins will be replaced by the ones in this backup. Anything you wrote after the backup was made is not in it.</source>
      <translation>[Ýõür dîárý, šélf-çáré pláñ áñd çhéçk-îñš wîll bé répláçéd bý thé õñéš îñ thîš báçküp. Åñýthîñğ ýõü wrõté áftér thé báçküp wáš mádé îš ñõt îñ ît. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/restore_dialog.ui" line="42" />
      <source>Type the passphrase this backup was made with. If you have changed your passphrase since, that is the old one. Afterwards your vault opens with it.</source>
      <translation>[Týpé thé páššphrášé thîš báçküp wáš mádé wîth. Îf ýõü hávé çháñğéd ýõür páššphrášé šîñçé, thát îš thé õld õñé. Åftérwárdš ýõür váült õpéñš wîth ît. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/restore_dialog.ui" line="50" />
      <location filename="../../ui/restore_dialog.ui" line="58" />
      <source>The backup's passphrase</source>
      <translation>[Thé báçküp'š páššphrášé ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/restore_dialog.ui" line="56" />
      <source>The passphrase the vault had when this backup was made</source>
      <translation>[Thé páššphrášé thé váült hád whéñ thîš báçküp wáš mádé ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/restore_dialog.ui" line="68" />
      <source>Problem</source>
      <translation>[Prõblém ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/restore_dialog.ui" line="76" />
      <source>Checking the passphrase</source>
      <translation>[Çhéçkîñğ thé páššphrášé ·~ ·~ ·~]</translation>
    </message>
  </context>
  <context>
    <name>ReviewDateControl</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/plan_review.py" line="34" />
      <source>No review date</source>
      <translation>[Ñõ révîéw dáté ·~ ·~]</translation>
    </message>
  </context>
  <context>
    <name>RotateKeyDialog</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/rotate_key_dialog.py" line="32" />
      <source>Rotate the key</source>
      <translation>[Rõtáté thé kéý ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/rotate_key_dialog.py" line="36" />
      <source>Locks your vault again with a fresh key; this can take a moment</source>
      <translation>[Lõçkš ýõür váült áğáîñ wîth á fréšh kéý; thîš çáñ táké á mõméñt ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/rotate_key_dialog.py" line="43" />
      <source>Closes and keeps the key you have</source>
      <translation>[Çlõšéš áñd kéépš thé kéý ýõü hávé ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/rotate_key_dialog.py" line="50" />
      <source>Please type your passphrase.</source>
      <translation>[Pléášé týpé ýõür páššphrášé. ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/rotate_key_dialog.py" line="60" />
      <source>Done. Your vault has a new encryption key, and an old copy of its key file no longer opens it. Your passphrase is the same.</source>
      <translation>[Dõñé. Ýõür váült háš á ñéw éñçrýptîõñ kéý, áñd áñ õld çõpý õf îtš kéý fîlé ñõ lõñğér õpéñš ît. Ýõür páššphrášé îš thé šámé. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/rotate_key_dialog.py" line="64" />
      <source>Your recovery key was removed: you can make a new one in Preferences now.</source>
      <translation>[Ýõür réçõvérý kéý wáš rémõvéd: ýõü çáñ máké á ñéw õñé îñ Préféréñçéš ñõw. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/rotate_key_dialog.py" line="72" />
      <source>Closes this window</source>
      <translation>[Çlõšéš thîš wîñdõw ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/rotate_key_dialog.py" line="81" />
      <source>That passphrase does not open your vault. Please type it again.</source>
      <translation>[Thát páššphrášé dõéš ñõt õpéñ ýõür váült. Pléášé týpé ît áğáîñ. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/rotate_key_dialog.ui" line="7" />
      <location filename="../../ui/rotate_key_dialog.ui" line="16" />
      <source>Rotate your encryption key</source>
      <translation>[Rõtáté ýõür éñçrýptîõñ kéý ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/rotate_key_dialog.ui" line="22" />
      <source>Your diary is locked with a secret key, and your passphrase unlocks that key. Changing the passphrase keeps the key. Rotating gives your vault a brand-new key and locks everything again with it.</source>
      <translation>[Ýõür dîárý îš lõçkéd wîth á šéçrét kéý, áñd ýõür páššphrášé üñlõçkš thát kéý. Çháñğîñğ thé páššphrášé kéépš thé kéý. Rõtátîñğ ğîvéš ýõür váült á bráñd-ñéw kéý áñd lõçkš évérýthîñğ áğáîñ wîth ît. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/rotate_key_dialog.ui" line="28" />
      <source>Do this if someone may have copied your vault's key file (vault.keys) and may also know your passphrase. Afterwards, that copy opens nothing.</source>
      <translation>[Dõ thîš îf šõméõñé máý hávé çõpîéd ýõür váült'š kéý fîlé (váült.kéýš) áñd máý álšõ kñõw ýõür páššphrášé. Åftérwárdš, thát çõpý õpéñš ñõthîñğ. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/rotate_key_dialog.ui" line="34" />
      <source>Good to know before you start:</source>
      <translation>[Ğõõd tõ kñõw béfõré ýõü štárt: ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/rotate_key_dialog.ui" line="40" />
      <source>• It takes a little while for a big diary. Please leave the app open until it is done.</source>
      <translation>[• Ît tákéš á lîttlé whîlé fõr á bîğ dîárý. Pléášé léávé thé ápp õpéñ üñtîl ît îš dõñé. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/rotate_key_dialog.ui" line="46" />
      <source>• Your recovery key stops working and is removed. You can make a new one in Preferences straight after.</source>
      <translation>[• Ýõür réçõvérý kéý štõpš wõrkîñğ áñd îš rémõvéd. Ýõü çáñ máké á ñéw õñé îñ Préféréñçéš štráîğht áftér. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/rotate_key_dialog.ui" line="52" />
      <source>• Backups you have already made are not changed: they still open with the passphrase they were made with, using their own old key. Make a new backup afterwards if you want one with the new key.</source>
      <translation>[• Báçküpš ýõü hávé álréádý mádé áré ñõt çháñğéd: théý štîll õpéñ wîth thé páššphrášé théý wéré mádé wîth, üšîñğ théîr õwñ õld kéý. Máké á ñéw báçküp áftérwárdš îf ýõü wáñt õñé wîth thé ñéw kéý. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/rotate_key_dialog.ui" line="58" />
      <source>• Your passphrase stays the same.</source>
      <translation>[• Ýõür páššphrášé štáýš thé šámé. ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/rotate_key_dialog.ui" line="66" />
      <location filename="../../ui/rotate_key_dialog.ui" line="74" />
      <source>Your passphrase</source>
      <translation>[Ýõür páššphrášé ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/rotate_key_dialog.ui" line="72" />
      <source>Your passphrase, to show it is you</source>
      <translation>[Ýõür páššphrášé, tõ šhõw ît îš ýõü ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/rotate_key_dialog.ui" line="81" />
      <source>Caps Lock seems to be on.</source>
      <translation>[Çápš Lõçk šéémš tõ bé õñ. ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/rotate_key_dialog.ui" line="91" />
      <source>Problem</source>
      <translation>[Prõblém ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/rotate_key_dialog.ui" line="99" />
      <source>Done</source>
      <translation>[Dõñé ·]</translation>
    </message>
    <message>
      <location filename="../../ui/rotate_key_dialog.ui" line="107" />
      <source>Rotating the key</source>
      <translation>[Rõtátîñğ thé kéý ·~ ·~]</translation>
    </message>
  </context>
  <context>
    <name>SaveFlow</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/printing/save_flow.py" line="15" />
      <source>The file you save will not be encrypted: anyone who can open the folder you save it in can read it.</source>
      <translation>[Thé fîlé ýõü šávé wîll ñõt bé éñçrýptéd: áñýõñé whõ çáñ õpéñ thé fõldér ýõü šávé ît îñ çáñ réád ît. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/printing/save_flow.py" line="26" />
      <source>This file will not be encrypted</source>
      <translation>[Thîš fîlé wîll ñõt bé éñçrýptéd ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/printing/save_flow.py" line="28" />
      <source>Continue…</source>
      <translation>[Çõñtîñüé… ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/printing/save_flow.py" line="56" />
      <source>%1 already exists. Replace it?</source>
      <translation>[%1 álréádý éxîštš. Répláçé ît? ·~ ·~ ·~ ·]</translation>
    </message>
  </context>
  <context>
    <name>ServiceErrors</name>
    <message>
      <location filename="../../wellbeing_desktop/services/auto_backup.py" line="114" />
      <source>Please choose a folder outside your vault for automatic backups.</source>
      <translation>[Pléášé çhõõšé á fõldér õütšîdé ýõür váült fõr áütõmátîç báçküpš. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/development.py" line="40" />
      <location filename="../../wellbeing_desktop/services/development.py" line="97" />
      <source>That goal is no longer in your vault.</source>
      <translation>[Thát ğõál îš ñõ lõñğér îñ ýõür váült. ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/development.py" line="76" />
      <source>That step is no longer in your vault.</source>
      <translation>[Thát štép îš ñõ lõñğér îñ ýõür váült. ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/interchange_read.py" line="400" />
      <source>%1 is too large to import (%2 bytes).</source>
      <translation>[%1 îš tõõ lárğé tõ împõrt (%2 býtéš). ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/interchange_read.py" line="404" />
      <source>There is no file at %1.</source>
      <translation>[Théré îš ñõ fîlé át %1. ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/interchange_read.py" line="407" />
      <source>%1 is a folder, not a file.</source>
      <translation>[%1 îš á fõldér, ñõt á fîlé. ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/interchange_read.py" line="410" />
      <source>%1 could not be read (%2).</source>
      <translation>[%1 çõüld ñõt bé réád (%2). ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/interchange_read.py" line="421" />
      <source>%1 is not UTF-8 text, so it is not a Wellbeing Desktop export.</source>
      <translation>[%1 îš ñõt ÜTF-8 téxt, šõ ît îš ñõt á Wéllbéîñğ Déšktõp éxpõrt. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/interchange_read.py" line="426" />
      <source>%1 is not valid JSON (line %2, column %3: %4).</source>
      <translation>[%1 îš ñõt válîd JŠÕÑ (lîñé %2, çõlümñ %3: %4). ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/interchange_read.py" line="431" />
      <source>%1 gives %2 twice in one place, so it is ambiguous.</source>
      <translation>[%1 ğîvéš %2 twîçé îñ õñé pláçé, šõ ît îš ámbîğüõüš. ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/interchange_read.py" line="434" />
      <source>%1 holds a number far too long to be a Wellbeing Desktop export.</source>
      <translation>[%1 hõldš á ñümbér fár tõõ lõñğ tõ bé á Wéllbéîñğ Déšktõp éxpõrt. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/interchange_read.py" line="437" />
      <source>%1 is nested too deeply to be a Wellbeing Desktop export.</source>
      <translation>[%1 îš ñéštéd tõõ dééplý tõ bé á Wéllbéîñğ Déšktõp éxpõrt. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/journal_import/journal.py" line="125" />
      <source>%1 is not valid JSON (line %2, column %3: %4), so it is not %5.</source>
      <translation>[%1 îš ñõt válîd JŠÕÑ (lîñé %2, çõlümñ %3: %4), šõ ît îš ñõt %5. ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/journal_import/journal.py" line="129" />
      <source>%1 is not %2.</source>
      <translation>[%1 îš ñõt %2. ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/journal_import/journal.py" line="139" />
      <source>%1 is not UTF-8 text, so it is not %2.</source>
      <translation>[%1 îš ñõt ÜTF-8 téxt, šõ ît îš ñõt %2. ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/learning_log.py" line="48" />
      <source>That part of your learning log is no longer in your vault.</source>
      <translation>[Thát párt õf ýõür léárñîñğ lõğ îš ñõ lõñğér îñ ýõür váült. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/people.py" line="106" />
      <source>That person is no longer in your address book.</source>
      <translation>[Thát péršõñ îš ñõ lõñğér îñ ýõür áddréšš bõõk. ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/plan.py" line="127" />
      <source>A plan can have up to %1 sections of your own.</source>
      <translation>[Å pláñ çáñ hávé üp tõ %1 šéçtîõñš õf ýõür õwñ. ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/plan.py" line="146" />
      <source>Only an empty section of your own can be taken away.</source>
      <translation>[Õñlý áñ émptý šéçtîõñ õf ýõür õwñ çáñ bé tákéñ áwáý. ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/plan.py" line="149" />
      <source>This section still has things in it; move or remove them first.</source>
      <translation>[Thîš šéçtîõñ štîll háš thîñğš îñ ît; mõvé õr rémõvé thém fîršt. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/plan.py" line="171" />
      <source>That item is no longer in your plan.</source>
      <translation>[Thát îtém îš ñõ lõñğér îñ ýõür pláñ. ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/plan.py" line="179" />
      <source>That section is no longer in your plan.</source>
      <translation>[Thát šéçtîõñ îš ñõ lõñğér îñ ýõür pláñ. ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/plan.py" line="186" />
      <source>A section can hold up to %1 things.</source>
      <translation>[Å šéçtîõñ çáñ hõld üp tõ %1 thîñğš. ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/reflection.py" line="105" />
      <source>That reflection is no longer in your vault.</source>
      <translation>[Thát réfléçtîõñ îš ñõ lõñğér îñ ýõür váült. ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/supervision.py" line="47" />
      <source>That session is no longer in your vault.</source>
      <translation>[Thát šéššîõñ îš ñõ lõñğér îñ ýõür váült. ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/supervision.py" line="119" />
      <source>That action is no longer in your vault.</source>
      <translation>[Thát áçtîõñ îš ñõ lõñğér îñ ýõür váült. ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
  </context>
  <context>
    <name>ShareTemplatesDialog</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/share_templates_dialog.py" line="26" />
      <source>Share my templates</source>
      <translation>[Šháré mý témplátéš ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/share_templates_dialog.py" line="29" />
      <source>Templates from a peer supporter</source>
      <translation>[Témplátéš frõm á péér šüppõrtér ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/share_templates_dialog.py" line="31" />
      <location filename="../../wellbeing_desktop/gui/dialogs/share_templates_dialog.py" line="64" />
      <source>The pack's name</source>
      <translation>[Thé páçk'š ñámé ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/share_templates_dialog.py" line="32" />
      <source>The name people see when they add your pack</source>
      <translation>[Thé ñámé péõplé šéé whéñ théý ádd ýõür páçk ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/share_templates_dialog.py" line="35" />
      <location filename="../../wellbeing_desktop/gui/dialogs/share_templates_dialog.py" line="65" />
      <source>Who made it</source>
      <translation>[Whõ mádé ît ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/share_templates_dialog.py" line="36" />
      <source>Your first name, your team, or “a peer supporter”</source>
      <translation>[Ýõür fîršt ñámé, ýõür téám, õr “á péér šüppõrtér” ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/share_templates_dialog.py" line="40" />
      <source>The pack will hold %1: their names and steps. This file holds only your templates, no diary writing. It is not encrypted: anyone who has the file can read them.</source>
      <translation>[Thé páçk wîll hõld %1: théîr ñáméš áñd štépš. Thîš fîlé hõldš õñlý ýõür témplátéš, ñõ dîárý wrîtîñğ. Ît îš ñõt éñçrýptéd: áñýõñé whõ háš thé fîlé çáñ réád thém. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/share_templates_dialog.py" line="52" />
      <source>Save the pack…</source>
      <translation>[Šávé thé páçk… ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/share_templates_dialog.py" line="55" />
      <source>Saves your templates as a pack file to give to others; you choose where</source>
      <translation>[Šávéš ýõür témplátéš áš á páçk fîlé tõ ğîvé tõ õthérš; ýõü çhõõšé whéré ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/share_templates_dialog.py" line="58" />
      <source>Closes without saving a pack</source>
      <translation>[Çlõšéš wîthõüt šávîñğ á páçk ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/share_templates_dialog.py" line="72" />
      <source>Save the pack</source>
      <translation>[Šávé thé páçk ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/share_templates_dialog.py" line="74" />
      <source>Content packs (*.zip)</source>
      <translation>[Çõñtéñt páçkš (*.žîp) ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/share_templates_dialog.py" line="88" />
      <source>The pack could not be saved: %1.</source>
      <translation>[Thé páçk çõüld ñõt bé šávéd: %1. ·~ ·~ ·~ ·~]</translation>
    </message>
  </context>
  <context>
    <name>SupervisionDocuments</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/supervision/documents.py" line="56" />
      <source>Your self-care plan has nothing in it yet.</source>
      <translation>[Ýõür šélf-çáré pláñ háš ñõthîñğ îñ ît ýét. ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/supervision/documents.py" line="58" />
      <source>Review date: %1</source>
      <translation>[Révîéw dáté: %1 ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/supervision/documents.py" line="64" />
      <source>There are no open actions from earlier sessions.</source>
      <translation>[Théré áré ñõ õpéñ áçtîõñš frõm éárlîér šéššîõñš. ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/supervision/documents.py" line="67" />
      <source>agreed %1</source>
      <translation>[áğrééd %1 ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/supervision/documents.py" line="82" />
      <source>When you record your first session, a copy of your plan is kept with it. Next time, what changed since then will be listed here.</source>
      <translation>[Whéñ ýõü réçõrd ýõür fîršt šéššîõñ, á çõpý õf ýõür pláñ îš képt wîth ît. Ñéxt tîmé, whát çháñğéd šîñçé théñ wîll bé lîštéd héré. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/supervision/documents.py" line="87" />
      <source>Nothing has changed in your plan since your last session.</source>
      <translation>[Ñõthîñğ háš çháñğéd îñ ýõür pláñ šîñçé ýõür lášt šéššîõñ. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/supervision/documents.py" line="93" />
      <source>dddd d MMMM yyyy, HH:mm</source>
      <translation>dddd d MMMM yyyy, HH:mm</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/supervision/documents.py" line="103" />
      <source>No entries are flagged to bring to supervision. In the diary, tick “Bring to supervision” on an entry to show it here.</source>
      <translation>[Ñõ éñtrîéš áré fláğğéd tõ brîñğ tõ šüpérvîšîõñ. Îñ thé dîárý, tîçk “Brîñğ tõ šüpérvîšîõñ” õñ áñ éñtrý tõ šhõw ît héré. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/supervision/documents.py" line="121" />
      <source>Untitled entry</source>
      <translation>[Üñtîtléd éñtrý ·~ ·~]</translation>
    </message>
  </context>
  <context>
    <name>SupervisionMood</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/supervision/mood_panel.py" line="42" />
      <source>Two weeks</source>
      <translation>[Twõ wéékš ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/supervision/mood_panel.py" line="42" />
      <source>the last two weeks</source>
      <translation>[thé lášt twõ wéékš ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/supervision/mood_panel.py" line="43" />
      <source>Three months</source>
      <translation>[Thréé mõñthš ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/supervision/mood_panel.py" line="43" />
      <source>the last three months</source>
      <translation>[thé lášt thréé mõñthš ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/supervision/mood_panel.py" line="44" />
      <source>A year</source>
      <translation>[Å ýéár ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/supervision/mood_panel.py" line="44" />
      <source>the last year</source>
      <translation>[thé lášt ýéár ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/supervision/mood_panel.py" line="72" />
      <source>Mood over %1</source>
      <translation>[Mõõd õvér %1 ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/supervision/mood_panel.py" line="73" />
      <source>Check-in</source>
      <translation>[Çhéçk-îñ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/supervision/mood_panel.py" line="74" />
      <source>7-day average</source>
      <translation>[7-dáý ávéráğé ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/supervision/mood_panel.py" line="75" />
      <source>Diary entry</source>
      <translation>[Dîárý éñtrý ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/supervision/mood_panel.py" line="76" />
      <source>1–10</source>
      <translation>[1–10 ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/supervision/mood_panel.py" line="77" />
      <source>No check-ins in this period.</source>
      <translation>[Ñõ çhéçk-îñš îñ thîš pérîõd. ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/supervision/mood_panel.py" line="91" />
      <source>Days with a check-in: %1</source>
      <translation>[Dáýš wîth á çhéçk-îñ: %1 ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/supervision/mood_panel.py" line="92" />
      <source>Average mood: %1 out of 10</source>
      <translation>[Åvéráğé mõõd: %1 õüt õf 10 ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/supervision/mood_panel.py" line="93" />
      <source>Range: %1 to %2</source>
      <translation>[Ráñğé: %1 tõ %2 ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/supervision/mood_panel.py" line="96" />
      <source>How it moved: %1</source>
      <translation>[Hõw ît mõvéd: %1 ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/supervision/mood_panel.py" line="99" />
      <source>1 is “%1”, 10 is “%2”. Each day counts once: the average of that day's check-ins.</source>
      <translation>[1 îš “%1”, 10 îš “%2”. Éáçh dáý çõüñtš õñçé: thé ávéráğé õf thát dáý'š çhéçk-îñš. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/supervision/mood_panel.py" line="113" />
      <source>Chart of mood; its figures are beside it</source>
      <translation>[Çhárt õf mõõd; îtš fîğüréš áré béšîdé ît ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/supervision/mood_panel.py" line="115" />
      <source>The average, the range and how mood moved are written beside the chart</source>
      <translation>[Thé ávéráğé, thé ráñğé áñd hõw mõõd mõvéd áré wrîttéñ béšîdé thé çhárt ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/supervision/mood_panel.py" line="134" />
      <source>No check-ins in this period. Choose a longer period, or check in after the session.</source>
      <translation>[Ñõ çhéçk-îñš îñ thîš pérîõd. Çhõõšé á lõñğér pérîõd, õr çhéçk îñ áftér thé šéššîõñ. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
  </context>
  <context>
    <name>SupervisionPack</name>
    <message>
      <location filename="../../wellbeing_desktop/services/supervision_pack.py" line="33" />
      <source>For supervision</source>
      <translation>[Fõr šüpérvîšîõñ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/supervision_pack.py" line="36" />
      <source>the last two weeks</source>
      <translation>[thé lášt twõ wéékš ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/supervision_pack.py" line="37" />
      <source>the last three months</source>
      <translation>[thé lášt thréé mõñthš ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/supervision_pack.py" line="38" />
      <source>the last year</source>
      <translation>[thé lášt ýéár ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/supervision_pack.py" line="39" />
      <source>all the time you have checked in</source>
      <translation>[áll thé tîmé ýõü hávé çhéçkéd îñ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/supervision_pack.py" line="41" />
      <source>No session is recorded yet, so there is nothing to compare with.</source>
      <translation>[Ñõ šéššîõñ îš réçõrdéd ýét, šõ théré îš ñõthîñğ tõ çõmpáré wîth. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/supervision_pack.py" line="105" />
      <source>Actions we agreed</source>
      <translation>[Åçtîõñš wé áğrééd ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/supervision_pack.py" line="109" />
      <source>No open actions.</source>
      <translation>[Ñõ õpéñ áçtîõñš. ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/supervision_pack.py" line="110" />
      <source>Changed in my plan since our last session</source>
      <translation>[Çháñğéd îñ mý pláñ šîñçé õür lášt šéššîõñ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/supervision_pack.py" line="114" />
      <source>No changes since then.</source>
      <translation>[Ñõ çháñğéš šîñçé théñ. ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/supervision_pack.py" line="118" />
      <source>How my mood has been: %1</source>
      <translation>[Hõw mý mõõd háš bééñ: %1 ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/supervision_pack.py" line="120" />
      <source>My self-care plan</source>
      <translation>[Mý šélf-çáré pláñ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/supervision_pack.py" line="126" />
      <source>Nothing written in the plan yet.</source>
      <translation>[Ñõthîñğ wrîttéñ îñ thé pláñ ýét. ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/supervision_pack.py" line="127" />
      <source>Entries I chose to bring</source>
      <translation>[Éñtrîéš Î çhõšé tõ brîñğ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/supervision_pack.py" line="132" />
      <source>No diary entries are marked “bring to supervision”.</source>
      <translation>[Ñõ dîárý éñtrîéš áré márkéd “brîñğ tõ šüpérvîšîõñ”. ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/supervision_pack.py" line="145" />
      <source>Prepared on %1.</source>
      <translation>[Prépáréd õñ %1. ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/supervision_pack.py" line="150" />
      <source>Our last session with %1 was on %2.</source>
      <translation>[Õür lášt šéššîõñ wîth %1 wáš õñ %2. ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/supervision_pack.py" line="155" />
      <source>Our last session was on %1.</source>
      <translation>[Õür lášt šéššîõñ wáš õñ %1. ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/supervision_pack.py" line="163" />
      <source>%1 (due %2) — agreed on %3</source>
      <translation>[%1 (düé %2) — áğrééd õñ %3 ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/supervision_pack.py" line="168" />
      <source>%1 — agreed on %2</source>
      <translation>[%1 — áğrééd õñ %2 ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/supervision_pack.py" line="174" />
      <source>No check-ins in this period.</source>
      <translation>[Ñõ çhéçk-îñš îñ thîš pérîõd. ·~ ·~ ·~ ·]</translation>
    </message>
    <message numerus="yes">
      <location filename="../../wellbeing_desktop/services/supervision_pack.py" line="176" />
      <source>Check-ins on %Ln days, from %1 to %2.</source>
      <comment>Check-ins on %Ln day, from %1 to %2.</comment>
      <translation>
        <numerusform>[Çhéçk-îñš õñ %Ln dáýš, frõm %1 tõ %2. ·~ ·~ ·~ ·~]</numerusform>
        <numerusform>[Çhéçk-îñš õñ %Ln dáýš, frõm %1 tõ %2. ·~ ·~ ·~ ·~]</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/supervision_pack.py" line="179" />
      <source>Over the period, mood was %1.</source>
      <translation>[Õvér thé pérîõd, mõõd wáš %1. ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/supervision_pack.py" line="181" />
      <source>There are too few check-ins to describe a change.</source>
      <translation>[Théré áré tõõ féw çhéçk-îñš tõ déšçrîbé á çháñğé. ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/supervision_pack.py" line="185" />
      <source>Average mood: %1 out of 10.</source>
      <translation>[Åvéráğé mõõd: %1 õüt õf 10. ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/services/supervision_pack.py" line="186" />
      <source>Lowest and highest day: %1 and %2.</source>
      <translation>[Lõwéšt áñd hîğhéšt dáý: %1 áñd %2. ·~ ·~ ·~ ·~]</translation>
    </message>
  </context>
  <context>
    <name>SupervisionView</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/supervision_view.py" line="44" />
      <source>Supervision</source>
      <translation>[Šüpérvîšîõñ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/supervision_view.py" line="52" />
      <source>After your next supervision, record what you talked about and what you agreed. Agreed actions wait for you on Today until they're done.</source>
      <translation>[Åftér ýõür ñéxt šüpérvîšîõñ, réçõrd whát ýõü tálkéd ábõüt áñd whát ýõü áğrééd. Åğrééd áçtîõñš wáît fõr ýõü õñ Tõdáý üñtîl théý'ré dõñé. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/supervision_view.py" line="197" />
      <source>Saving…</source>
      <translation>[Šávîñğ… ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/supervision_view.py" line="215" />
      <source>Couldn't save: %1. Your words are still here.</source>
      <translation>[Çõüldñ't šávé: %1. Ýõür wõrdš áré štîll héré. ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/supervision_view.py" line="219" />
      <source>Saved</source>
      <translation>[Šávéd ·]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_view.ui" line="5" />
      <location filename="../../ui/supervision_view.ui" line="20" />
      <location filename="../../ui/supervision_view.ui" line="57" />
      <source>Supervision sessions</source>
      <translation>[Šüpérvîšîõñ šéššîõñš ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_view.ui" line="25" />
      <source>What you talked about and what you agreed, session by session. Only you decide what you bring.</source>
      <translation>[Whát ýõü tálkéd ábõüt áñd whát ýõü áğrééd, šéššîõñ bý šéššîõñ. Õñlý ýõü déçîdé whát ýõü brîñğ. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_view.ui" line="32" />
      <location filename="../../ui/supervision_view.ui" line="111" />
      <source>Opens a new page for your notes from a supervision session</source>
      <translation>[Õpéñš á ñéw páğé fõr ýõür ñõtéš frõm á šüpérvîšîõñ šéššîõñ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_view.ui" line="33" />
      <location filename="../../ui/supervision_view.ui" line="112" />
      <source>Record a session</source>
      <translation>[Réçõrd á šéššîõñ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_view.ui" line="38" />
      <source>Start supervision mode</source>
      <translation>[Štárt šüpérvîšîõñ mõdé ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_view.ui" line="39" />
      <source>Show your plan, flagged entries and a mood summary, and nothing else</source>
      <translation>[Šhõw ýõür pláñ, fláğğéd éñtrîéš áñd á mõõd šümmárý, áñd ñõthîñğ élšé ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_view.ui" line="56" />
      <source>Your supervision sessions; choose one to read or change its notes</source>
      <translation>[Ýõür šüpérvîšîõñ šéššîõñš; çhõõšé õñé tõ réád õr çháñğé îtš ñõtéš ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_view.ui" line="61" />
      <location filename="../../ui/supervision_view.ui" line="152" />
      <source>Date</source>
      <translation>[Dáté ·]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_view.ui" line="62" />
      <location filename="../../ui/supervision_view.ui" line="166" />
      <location filename="../../ui/supervision_view.ui" line="172" />
      <source>Supervisor</source>
      <translation>[Šüpérvîšõr ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_view.ui" line="63" />
      <source>Open actions</source>
      <translation>[Õpéñ áçtîõñš ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_view.ui" line="68" />
      <location filename="../../ui/supervision_view.ui" line="72" />
      <source>Changed in your plan since your last session</source>
      <translation>[Çháñğéd îñ ýõür pláñ šîñçé ýõür lášt šéššîõñ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_view.ui" line="158" />
      <source>The day you met your supervisor</source>
      <translation>[Thé dáý ýõü mét ýõür šüpérvîšõr ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_view.ui" line="159" />
      <source>Date of the session</source>
      <translation>[Dáté õf thé šéššîõñ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_view.ui" line="161" />
      <source>d MMMM yyyy</source>
      <translation>d MMMM yyyy</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_view.ui" line="173" />
      <source>Optional</source>
      <translation>[Õptîõñál ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_view.ui" line="181" />
      <location filename="../../ui/supervision_view.ui" line="188" />
      <source>What we talked about</source>
      <translation>[Whát wé tálkéd ábõüt ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_view.ui" line="187" />
      <source>A few words on what you talked about. It saves itself as you type.</source>
      <translation>[Å féw wõrdš õñ whát ýõü tálkéd ábõüt. Ît šávéš îtšélf áš ýõü týpé. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_view.ui" line="189" />
      <source>A few words are enough: what you brought, what helped, anything to come back to.</source>
      <translation>[Å féw wõrdš áré éñõüğh: whát ýõü brõüğht, whát hélpéd, áñýthîñğ tõ çõmé báçk tõ. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_view.ui" line="195" />
      <source>What we agreed</source>
      <translation>[Whát wé áğrééd ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_view.ui" line="200" />
      <source>Nothing agreed this time — that's fine.</source>
      <translation>[Ñõthîñğ áğrééd thîš tîmé — thát'š fîñé. ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_view.ui" line="218" />
      <source>Adds a line for something you and your supervisor agreed</source>
      <translation>[Åddš á lîñé fõr šõméthîñğ ýõü áñd ýõür šüpérvîšõr áğrééd ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_view.ui" line="219" />
      <source>Add an agreed action</source>
      <translation>[Ådd áñ áğrééd áçtîõñ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_view.ui" line="234" />
      <source>Saving</source>
      <translation>[Šávîñğ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_view.ui" line="243" />
      <source>Deletes this session's notes</source>
      <translation>[Délétéš thîš šéššîõñ'š ñõtéš ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_view.ui" line="244" />
      <source>Delete this session…</source>
      <translation>[Délété thîš šéššîõñ… ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_view.ui" line="245" />
      <source>Delete this session</source>
      <translation>[Délété thîš šéššîõñ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/supervision_delete.py" line="21" />
      <location filename="../../wellbeing_desktop/gui/views/supervision_delete.py" line="46" />
      <source>Delete session</source>
      <translation>[Délété šéššîõñ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/supervision_delete.py" line="22" />
      <source>Delete this session and the actions agreed in it?</source>
      <translation>[Délété thîš šéššîõñ áñd thé áçtîõñš áğrééd îñ ît? ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/supervision_delete.py" line="24" />
      <source>You can undo this from the Edit menu until you lock or close the app.</source>
      <translation>[Ýõü çáñ üñdõ thîš frõm thé Édît méñü üñtîl ýõü lõçk õr çlõšé thé ápp. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/supervision_delete.py" line="26" />
      <source>Delete</source>
      <translation>[Délété ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/supervision_delete.py" line="28" />
      <source>Keep</source>
      <translation>[Kéép ·]</translation>
    </message>
  </context>
  <context>
    <name>SupervisionWindow</name>
    <message>
      <location filename="../../ui/supervision_window.ui" line="5" />
      <source>Wellbeing Desktop — Supervision</source>
      <translation>[Wéllbéîñğ Déšktõp — Šüpérvîšîõñ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_window.ui" line="25" />
      <source>Supervision</source>
      <translation>[Šüpérvîšîõñ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_window.ui" line="35" />
      <location filename="../../ui/supervision_window.ui" line="203" />
      <source>Blank screen</source>
      <translation>[Bláñk šçrééñ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_window.ui" line="36" />
      <source>Hide everything at once; press any key to come back</source>
      <translation>[Hîdé évérýthîñğ át õñçé; préšš áñý kéý tõ çõmé báçk ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_window.ui" line="37" />
      <source>Blank the screen (B)</source>
      <translation>[Bláñk thé šçrééñ (B) ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_window.ui" line="42" />
      <source>Leave supervision mode</source>
      <translation>[Léávé šüpérvîšîõñ mõdé ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_window.ui" line="43" />
      <source>Asks for your passphrase</source>
      <translation>[Åškš fõr ýõür páššphrášé ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_window.ui" line="50" />
      <source>What you brought to supervision</source>
      <translation>[Whát ýõü brõüğht tõ šüpérvîšîõñ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_window.ui" line="53" />
      <source>Your plan</source>
      <translation>[Ýõür pláñ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_window.ui" line="53" />
      <location filename="../../ui/supervision_window.ui" line="61" />
      <source>Your self-care plan</source>
      <translation>[Ýõür šélf-çáré pláñ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_window.ui" line="69" />
      <location filename="../../ui/supervision_window.ui" line="77" />
      <source>Entries you brought</source>
      <translation>[Éñtrîéš ýõü brõüğht ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_window.ui" line="69" />
      <source>The diary entries you marked to bring to supervision</source>
      <translation>[Thé dîárý éñtrîéš ýõü márkéd tõ brîñğ tõ šüpérvîšîõñ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_window.ui" line="85" />
      <source>Mood</source>
      <translation>[Mõõd ·]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_window.ui" line="85" />
      <source>A summary of your mood since your last session</source>
      <translation>[Å šümmárý õf ýõür mõõd šîñçé ýõür lášt šéššîõñ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_window.ui" line="97" />
      <source>Period</source>
      <translation>[Pérîõd ·]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_window.ui" line="103" />
      <source>How far back the mood summary goes</source>
      <translation>[Hõw fár báçk thé mõõd šümmárý ğõéš ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_window.ui" line="104" />
      <source>Period for the mood summary</source>
      <translation>[Pérîõd fõr thé mõõd šümmárý ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_window.ui" line="137" />
      <source>Mood figures</source>
      <translation>[Mõõd fîğüréš ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_window.ui" line="166" />
      <location filename="../../ui/supervision_window.ui" line="174" />
      <source>Agreed actions</source>
      <translation>[Åğrééd áçtîõñš ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_window.ui" line="166" />
      <source>What you and your supervisor agreed to do</source>
      <translation>[Whát ýõü áñd ýõür šüpérvîšõr áğrééd tõ dõ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_window.ui" line="182" />
      <source>Since last session</source>
      <translation>[Šîñçé lášt šéššîõñ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_window.ui" line="182" />
      <source>What you've written and done since your last session</source>
      <translation>[Whát ýõü'vé wrîttéñ áñd dõñé šîñçé ýõür lášt šéššîõñ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_window.ui" line="190" />
      <source>Changed since your last session</source>
      <translation>[Çháñğéd šîñçé ýõür lášt šéššîõñ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_window.ui" line="216" />
      <source>Press any key to come back</source>
      <translation>[Préšš áñý kéý tõ çõmé báçk ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/supervision/window.py" line="60" />
      <source>Supervision — Wellbeing Desktop</source>
      <translation>[Šüpérvîšîõñ — Wéllbéîñğ Déšktõp ·~ ·~ ·~ ·~]</translation>
    </message>
  </context>
  <context>
    <name>SupervisionWords</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/supervision/words.py" line="26" />
      <source>due %1</source>
      <translation>[düé %1 ·]</translation>
    </message>
  </context>
  <context>
    <name>SupportDialog</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/support_dialog.py" line="29" />
      <source>Support now</source>
      <translation>[Šüppõrt ñõw ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/support_dialog.py" line="35" />
      <source>Support, whenever you need it</source>
      <translation>[Šüppõrt, whéñévér ýõü ñééd ît ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/support_dialog.py" line="39" />
      <source>You don't have to manage on your own. If you or someone else is in danger now, call 999.</source>
      <translation>[Ýõü dõñ't hávé tõ máñáğé õñ ýõür õwñ. Îf ýõü õr šõméõñé élšé îš îñ dáñğér ñõw, çáll 999. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/support_dialog.py" line="57" />
      <source>Unlock your vault to see or add your own contacts.</source>
      <translation>[Üñlõçk ýõür váült tõ šéé õr ádd ýõür õwñ çõñtáçtš. ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/support_dialog.py" line="65" />
      <source>Keeps the contacts you added or changed</source>
      <translation>[Kéépš thé çõñtáçtš ýõü áddéd õr çháñğéd ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/support_dialog.py" line="68" />
      <source>Closes this window; support is always one click away</source>
      <translation>[Çlõšéš thîš wîñdõw; šüppõrt îš álwáýš õñé çlîçk áwáý ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/support_dialog.py" line="88" />
      <source>How to reach %1</source>
      <translation>[Hõw tõ réáçh %1 ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/support_dialog.py" line="89" />
      <source>Add how to reach them</source>
      <translation>[Ådd hõw tõ réáçh thém ·~ ·~ ·]</translation>
    </message>
  </context>
  <context>
    <name>TalkedWithField</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/checkin_people.py" line="42" />
      <source>I talked with %1</source>
      <translation>[Î tálkéd wîth %1 ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/checkin_people.py" line="43" />
      <source>Tick if you talked with them; only if you want to say</source>
      <translation>[Tîçk îf ýõü tálkéd wîth thém; õñlý îf ýõü wáñt tõ šáý ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/checkin_people.py" line="48" />
      <source>Who? Only if you want to say. People on your People screen can be ticked here.</source>
      <translation>[Whõ? Õñlý îf ýõü wáñt tõ šáý. Péõplé õñ ýõür Péõplé šçrééñ çáñ bé tîçkéd héré. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
  </context>
  <context>
    <name>TodayView</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/today_view.py" line="45" />
      <source>Today</source>
      <translation>[Tõdáý ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/today_view.py" line="78" />
      <source>Free writing</source>
      <translation>[Fréé wrîtîñğ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/today_view.py" line="95" />
      <source>When your self-care plan has a few things in it, some will appear here as gentle reminders.</source>
      <translation>[Whéñ ýõür šélf-çáré pláñ háš á féw thîñğš îñ ît, šõmé wîll áppéár héré áš ğéñtlé rémîñdérš. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/today_view.py" line="102" />
      <source>Your plan's review date has come. When you have a moment, look it over — with your supervisor if you like.</source>
      <translation>[Ýõür pláñ'š révîéw dáté háš çõmé. Whéñ ýõü hávé á mõméñt, lõõk ît õvér — wîth ýõür šüpérvîšõr îf ýõü lîké. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/today_view.py" line="112" />
      <source>Untitled entry</source>
      <translation>[Üñtîtléd éñtrý ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/today_view.py" line="120" />
      <source>Entries you wrote on this day in earlier years will appear here.</source>
      <translation>[Éñtrîéš ýõü wrõté õñ thîš dáý îñ éárlîér ýéárš wîll áppéár héré. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/today_view.ui" line="2" />
      <source>How are you doing today?</source>
      <translation>[Hõw áré ýõü dõîñğ tõdáý? ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/today_view.ui" line="2" />
      <source>Check in</source>
      <translation>[Çhéçk îñ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/today_view.ui" line="2" />
      <source>Note how you are doing right now</source>
      <translation>[Ñõté hõw ýõü áré dõîñğ rîğht ñõw ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/today_view.ui" line="2" />
      <source>Write a reflection</source>
      <translation>[Wrîté á réfléçtîõñ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/today_view.ui" line="2" />
      <source>Kind of reflection</source>
      <translation>[Kîñd õf réfléçtîõñ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/today_view.ui" line="2" />
      <source>To keep in mind today</source>
      <translation>[Tõ kéép îñ mîñd tõdáý ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/today_view.ui" line="2" />
      <source>Agreed in supervision</source>
      <translation>[Åğrééd îñ šüpérvîšîõñ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/today_view.ui" line="2" />
      <source>Agreed in supervision: tick an action when it is done</source>
      <translation>[Åğrééd îñ šüpérvîšîõñ: tîçk áñ áçtîõñ whéñ ît îš dõñé ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/today_view.ui" line="2" />
      <source>On this day</source>
      <translation>[Õñ thîš dáý ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/today_view.ui" line="2" />
      <source>Entries written on this day in earlier years</source>
      <translation>[Éñtrîéš wrîttéñ õñ thîš dáý îñ éárlîér ýéárš ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/today_view.ui" line="2" />
      <source>Free writing or a guided reflection; Write a reflection opens it</source>
      <translation>[Fréé wrîtîñğ õr á ğüîdéd réfléçtîõñ; Wrîté á réfléçtîõñ õpéñš ît ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/today_view.ui" line="2" />
      <source>Keeping in touch</source>
      <translation>[Kéépîñğ îñ tõüçh ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/today_view.ui" line="2" />
      <source>Keeping in touch: people you asked to be reminded about</source>
      <translation>[Kéépîñğ îñ tõüçh: péõplé ýõü áškéd tõ bé rémîñdéd ábõüt ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/today_view.ui" line="2" />
      <source>Opens a new diary entry for today</source>
      <translation>[Õpéñš á ñéw dîárý éñtrý fõr tõdáý ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/today_view.ui" line="2" />
      <source>What you wrote on this day in earlier years; choose one to read it again</source>
      <translation>[Whát ýõü wrõté õñ thîš dáý îñ éárlîér ýéárš; çhõõšé õñé tõ réád ît áğáîñ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
  </context>
  <context>
    <name>UnlockView</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/unlock_view.py" line="24" />
      <source>Vault: %1</source>
      <translation>[Váült: %1 ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/unlock_view.py" line="33" />
      <source>Forgot your passphrase?</source>
      <translation>[Fõrğõt ýõür páššphrášé? ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/unlock_view.py" line="36" />
      <source>Forgot your passphrase? Use your recovery key</source>
      <translation>[Fõrğõt ýõür páššphrášé? Üšé ýõür réçõvérý kéý ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/unlock_view.py" line="38" />
      <source>Opens your vault with your recovery key, and lets you choose a new passphrase</source>
      <translation>[Õpéñš ýõür váült wîth ýõür réçõvérý kéý, áñd létš ýõü çhõõšé á ñéw páššphrášé ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/unlock_view.py" line="63" />
      <source>Please type your passphrase.</source>
      <translation>[Pléášé týpé ýõür páššphrášé. ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/unlock.ui" line="2" />
      <source>Unlock</source>
      <translation>[Üñlõçk ·]</translation>
    </message>
    <message>
      <location filename="../../ui/unlock.ui" line="2" />
      <source>Welcome back</source>
      <translation>[Wélçõmé báçk ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/unlock.ui" line="2" />
      <source>Type your passphrase to open your diary.</source>
      <translation>[Týpé ýõür páššphrášé tõ õpéñ ýõür dîárý. ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/unlock.ui" line="2" />
      <source>Passphrase</source>
      <translation>[Páššphrášé ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/unlock.ui" line="2" />
      <source>Show passphrase</source>
      <translation>[Šhõw páššphrášé ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/unlock.ui" line="2" />
      <source>Caps Lock seems to be on.</source>
      <translation>[Çápš Lõçk šéémš tõ bé õñ. ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/unlock.ui" line="2" />
      <source>Problem</source>
      <translation>[Prõblém ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/unlock.ui" line="2" />
      <source>Working</source>
      <translation>[Wõrkîñğ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/unlock.ui" line="2" />
      <source>When ticked, shows the passphrase as you type, so you can check it</source>
      <translation>[Whéñ tîçkéd, šhõwš thé páššphrášé áš ýõü týpé, šõ ýõü çáñ çhéçk ît ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/unlock.ui" line="2" />
      <source>Opens your vault with the passphrase you typed</source>
      <translation>[Õpéñš ýõür váült wîth thé páššphrášé ýõü týpéd ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/unlock.ui" line="2" />
      <source>The passphrase you chose when you made your vault</source>
      <translation>[Thé páššphrášé ýõü çhõšé whéñ ýõü mádé ýõür váült ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
  </context>
  <context>
    <name>VaultErrors</name>
    <message>
      <location filename="../../wellbeing_desktop/errors.py" line="38" />
      <source>That passphrase does not open this vault.</source>
      <translation>[Thát páššphrášé dõéš ñõt õpéñ thîš váült. ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/errors.py" line="57" />
      <source>The vault is locked.</source>
      <translation>[Thé váült îš lõçkéd. ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/errors.py" line="70" />
      <source>invalid data</source>
      <translation>[îñválîd dátá ·~ ·]</translation>
    </message>
    <message numerus="yes">
      <location filename="../../wellbeing_desktop/errors.py" line="73" />
      <source>%1 (and %Ln more problems)</source>
      <comment>%1 (and %Ln more problem)</comment>
      <translation>
        <numerusform>[%1 (áñd %Ln mõré prõblémš) ·~ ·~ ·]</numerusform>
        <numerusform>[%1 (áñd %Ln mõré prõblémš) ·~ ·~ ·]</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/errors.py" line="81" />
      <source>Type one or more words to search for.</source>
      <translation>[Týpé õñé õr mõré wõrdš tõ šéárçh fõr. ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/vault/backup.py" line="50" />
      <source>%1 already exists; a backup goes into a new folder.</source>
      <translation>[%1 álréádý éxîštš; á báçküp ğõéš îñtõ á ñéw fõldér. ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/vault/backup.py" line="56" />
      <source>The folder %1 does not exist.</source>
      <translation>[Thé fõldér %1 dõéš ñõt éxîšt. ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/vault/backup.py" line="83" />
      <source>The backup failed its check (%1); nothing was kept.</source>
      <translation>[Thé báçküp fáîléd îtš çhéçk (%1); ñõthîñğ wáš képt. ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/vault/backup.py" line="89" />
      <source>The backup's contents differ from the vault's; nothing was kept.</source>
      <translation>[Thé báçküp'š çõñtéñtš dîffér frõm thé váült'š; ñõthîñğ wáš képt. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/vault/backup.py" line="97" />
      <source>The backup could not be written (%1); nothing was kept.</source>
      <translation>[Thé báçküp çõüld ñõt bé wrîttéñ (%1); ñõthîñğ wáš képt. ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/vault/backup.py" line="106" />
      <source>The backup could not be finished (the vault changed while it was being copied, or part of it could not be read), so nothing was kept. Please try again.</source>
      <translation>[Thé báçküp çõüld ñõt bé fîñîšhéd (thé váült çháñğéd whîlé ît wáš béîñğ çõpîéd, õr párt õf ît çõüld ñõt bé réád), šõ ñõthîñğ wáš képt. Pléášé trý áğáîñ. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/vault/database.py" line="43" />
      <source>The vault's database %1 is missing.</source>
      <translation>[Thé váült'š dátábášé %1 îš mîššîñğ. ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/vault/database.py" line="47" />
      <source>The vault's database %1 is empty; it may have been damaged.</source>
      <translation>[Thé váült'š dátábášé %1 îš émptý; ît máý hávé bééñ dámáğéd. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/vault/database.py" line="66" />
      <source>This installation lacks SQLCipher 4, so it cannot keep a vault encrypted.</source>
      <translation>[Thîš îñštállátîõñ láçkš ŠQLÇîphér 4, šõ ît çáññõt kéép á váült éñçrýptéd. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/vault/database.py" line="77" />
      <source>%1 cannot be read with this vault's key: it is damaged or not a Wellbeing Desktop vault.</source>
      <translation>[%1 çáññõt bé réád wîth thîš váült'š kéý: ît îš dámáğéd õr ñõt á Wéllbéîñğ Déšktõp váült. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/vault/database.py" line="94" />
      <source>Your vault could not be saved: the disk is full. Free some space and try again.</source>
      <translation>[Ýõür váült çõüld ñõt bé šávéd: thé dîšk îš füll. Fréé šõmé špáçé áñd trý áğáîñ. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/vault/database.py" line="98" />
      <source>Your vault could not be saved: another program is using the vault. Close it and try again.</source>
      <translation>[Ýõür váült çõüld ñõt bé šávéd: áñõthér prõğrám îš üšîñğ thé váült. Çlõšé ît áñd trý áğáîñ. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/vault/database.py" line="101" />
      <source>Your vault could not be saved: the vault's folder is read-only.</source>
      <translation>[Ýõür váült çõüld ñõt bé šávéd: thé váült'š fõldér îš réád-õñlý. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/vault/database.py" line="104" />
      <source>Your vault could not be saved: the disk reported an error. Check the drive and make a backup soon.</source>
      <translation>[Ýõür váült çõüld ñõt bé šávéd: thé dîšk répõrtéd áñ érrõr. Çhéçk thé drîvé áñd máké á báçküp šõõñ. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/vault/database.py" line="109" />
      <source>Your vault could not be saved: the database reported a problem; run wellbeing-desktop check.</source>
      <translation>[Ýõür váült çõüld ñõt bé šávéd: thé dátábášé répõrtéd á prõblém; rüñ wéllbéîñğ-déšktõp çhéçk. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/vault/keyfile.py" line="239" />
      <source>The key file %1 could not be read (%2).</source>
      <translation>[Thé kéý fîlé %1 çõüld ñõt bé réád (%2). ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/vault/keyfile.py" line="243" />
      <source>The key file %1 is damaged (it is far too large).</source>
      <translation>[Thé kéý fîlé %1 îš dámáğéd (ît îš fár tõõ lárğé). ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/vault/keyfile.py" line="250" />
      <source>The key file %1 is damaged (it is not readable JSON).</source>
      <translation>[Thé kéý fîlé %1 îš dámáğéd (ît îš ñõt réádáblé JŠÕÑ). ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/vault/keyfile.py" line="95" />
      <location filename="../../wellbeing_desktop/vault/keyfile.py" line="257" />
      <source>The key file %1 is damaged (%2).</source>
      <translation>[Thé kéý fîlé %1 îš dámáğéd (%2). ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/vault/keyfile.py" line="97" />
      <source>its checksum does not match</source>
      <translation>[îtš çhéçkšüm dõéš ñõt mátçh ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/vault/keyfile.py" line="260" />
      <source>it is not a Wellbeing Desktop key file</source>
      <translation>[ît îš ñõt á Wéllbéîñğ Déšktõp kéý fîlé ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/vault/keyfile.py" line="263" />
      <source>its version is missing</source>
      <translation>[îtš véršîõñ îš mîššîñğ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/vault/keyfile.py" line="267" />
      <source>This vault was made by a newer version of Wellbeing Desktop (key file version %1).</source>
      <translation>[Thîš váült wáš mádé bý á ñéwér véršîõñ õf Wéllbéîñğ Déšktõp (kéý fîlé véršîõñ %1). ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/vault/keyfile.py" line="271" />
      <source>version %1 is unknown</source>
      <translation>[véršîõñ %1 îš üñkñõwñ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/vault/keyfile.py" line="275" />
      <source>its checksum is missing</source>
      <translation>[îtš çhéçkšüm îš mîššîñğ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/vault/keyfile.py" line="277" />
      <source>it has unexpected fields</source>
      <translation>[ît háš üñéxpéçtéd fîéldš ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/vault/keyfile.py" line="280" />
      <source>its vault id is missing</source>
      <translation>[îtš váült îd îš mîššîñğ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/vault/keyfile.py" line="283" />
      <source>it has no key slots</source>
      <translation>[ît háš ñõ kéý šlõtš ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/vault/keyfile.py" line="286" />
      <source>it has no passphrase slot</source>
      <translation>[ît háš ñõ páššphrášé šlõt ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/vault/keyfile.py" line="288" />
      <source>it has more than one rotation slot</source>
      <translation>[ît háš mõré tháñ õñé rõtátîõñ šlõt ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/vault/keyfile.py" line="294" />
      <source>a key slot is of an unknown kind</source>
      <translation>[á kéý šlõt îš õf áñ üñkñõwñ kîñd ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/vault/keyfile.py" line="298" />
      <source>a key slot uses an unknown key derivation</source>
      <translation>[á kéý šlõt üšéš áñ üñkñõwñ kéý dérîvátîõñ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/vault/keyfile.py" line="304" />
      <source>a key slot's settings are not whole numbers</source>
      <translation>[á kéý šlõt'š šéttîñğš áré ñõt whõlé ñümbérš ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/vault/keyfile.py" line="313" />
      <source>a key slot is not valid Base64</source>
      <translation>[á kéý šlõt îš ñõt válîd Bášé64 ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/vault/keyfile.py" line="315" />
      <source>a key slot has the wrong length</source>
      <translation>[á kéý šlõt háš thé wrõñğ léñğth ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/vault/migrations.py" line="20" />
      <source>This vault was made by a newer version of Wellbeing Desktop (schema %1); please update the app to open it.</source>
      <translation>[Thîš váült wáš mádé bý á ñéwér véršîõñ õf Wéllbéîñğ Déšktõp (šçhémá %1); pléášé üpdáté thé ápp tõ õpéñ ît. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/vault/restore.py" line="25" />
      <source>The vault at %1 seems to be open in Wellbeing Desktop. Close the app and try again.</source>
      <translation>[Thé váült át %1 šéémš tõ bé õpéñ îñ Wéllbéîñğ Déšktõp. Çlõšé thé ápp áñd trý áğáîñ. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/vault/restore.py" line="38" />
      <source>%1 already exists; wait a minute and try again.</source>
      <translation>[%1 álréádý éxîštš; wáît á mîñüté áñd trý áğáîñ. ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/vault/rotate.py" line="60" />
      <source>A change of encryption key is unfinished; lock the vault and unlock it again.</source>
      <translation>[Å çháñğé õf éñçrýptîõñ kéý îš üñfîñîšhéd; lõçk thé váült áñd üñlõçk ît áğáîñ. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/vault/rotate.py" line="67" />
      <source>The key file in %1 does not belong to this vault's database.</source>
      <translation>[Thé kéý fîlé îñ %1 dõéš ñõt bélõñğ tõ thîš váült'š dátábášé. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/vault/rotate.py" line="86" />
      <source>Your encryption key was not changed: the key file could not be written (%1).</source>
      <translation>[Ýõür éñçrýptîõñ kéý wáš ñõt çháñğéd: thé kéý fîlé çõüld ñõt bé wrîttéñ (%1). ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/vault/rotate.py" line="116" />
      <source>Your encryption key was not changed and nothing was lost: the vault could not be rewritten (is the disk full, or is another program using the vault?).</source>
      <translation>[Ýõür éñçrýptîõñ kéý wáš ñõt çháñğéd áñd ñõthîñğ wáš lõšt: thé váült çõüld ñõt bé réwrîttéñ (îš thé dîšk füll, õr îš áñõthér prõğrám üšîñğ thé váült?). ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/vault/rotate.py" line="164" />
      <source>The vault at %1 is damaged: neither of its keys opens %2.</source>
      <translation>[Thé váült át %1 îš dámáğéd: ñéîthér õf îtš kéýš õpéñš %2. ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/vault/unlock.py" line="20" />
      <source>There is no vault at %1.</source>
      <translation>[Théré îš ñõ váült át %1. ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/vault/unlock.py" line="22" />
      <source>%1 is a file, not a vault folder.</source>
      <translation>[%1 îš á fîlé, ñõt á váült fõldér. ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/vault/unlock.py" line="27" />
      <source>%1 is not a Wellbeing Desktop vault (it has no %2).</source>
      <translation>[%1 îš ñõt á Wéllbéîñğ Déšktõp váült (ît háš ñõ %2). ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/vault/unlock.py" line="35" />
      <source>The vault at %1 is damaged: its %2 is missing or empty.</source>
      <translation>[Thé váült át %1 îš dámáğéd: îtš %2 îš mîššîñğ õr émptý. ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/vault/vault.py" line="40" />
      <source>Please choose a passphrase of at least %1 characters.</source>
      <translation>[Pléášé çhõõšé á páššphrášé õf át léášt %1 çháráçtérš. ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/vault/vault.py" line="72" />
      <source>%1 already holds files; a new vault needs a new or empty folder.</source>
      <translation>[%1 álréádý hõldš fîléš; á ñéw váült ñéédš á ñéw õr émptý fõldér. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/vault/vault.py" line="261" />
      <source>This vault has no recovery key.</source>
      <translation>[Thîš váült háš ñõ réçõvérý kéý. ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/vault/vault.py" line="265" />
      <source>That recovery key does not open this vault.</source>
      <translation>[Thát réçõvérý kéý dõéš ñõt õpéñ thîš váült. ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/vault/vault.py" line="274" />
      <source>A change of encryption key was interrupted; unlock with your passphrase to finish it.</source>
      <translation>[Å çháñğé õf éñçrýptîõñ kéý wáš îñtérrüptéd; üñlõçk wîth ýõür páššphrášé tõ fîñîšh ît. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/vault/kdf.py" line="28" />
      <source>its key-derivation settings are weaker than this app allows</source>
      <translation>[îtš kéý-dérîvátîõñ šéttîñğš áré wéákér tháñ thîš ápp állõwš ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/vault/kdf.py" line="34" />
      <source>its key-derivation settings are far beyond what this app would ever write</source>
      <translation>[îtš kéý-dérîvátîõñ šéttîñğš áré fár béýõñd whát thîš ápp wõüld évér wrîté ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
  </context>
  <context>
    <name>WorkReflection</name>
    <message>
      <location filename="../../ui/work_reflection.ui" line="15" />
      <source>Once a month, if you like: a few questions about how the work is sitting with you. Your own answers, over time, beside your mood. Nothing is added up.</source>
      <translation>[Õñçé á mõñth, îf ýõü lîké: á féw qüéštîõñš ábõüt hõw thé wõrk îš šîttîñğ wîth ýõü. Ýõür õwñ áñšwérš, õvér tîmé, béšîdé ýõür mõõd. Ñõthîñğ îš áddéd üp. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/work_reflection.ui" line="20" />
      <source>Opens this month's short reflection</source>
      <translation>[Õpéñš thîš mõñth'š šhõrt réfléçtîõñ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/work_reflection.ui" line="21" />
      <source>Reflect on this month…</source>
      <translation>[Réfléçt õñ thîš mõñth… ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/work_reflection.ui" line="39" />
      <source>No reflections yet. When you answer the questions, your answers show here month by month, next to your mood.</source>
      <translation>[Ñõ réfléçtîõñš ýét. Whéñ ýõü áñšwér thé qüéštîõñš, ýõür áñšwérš šhõw héré mõñth bý mõñth, ñéxt tõ ýõür mõõd. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/work_reflection.ui" line="57" />
      <source>Your answers over time, as a chart</source>
      <translation>[Ýõür áñšwérš õvér tîmé, áš á çhárt ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/work_reflection.ui" line="58" />
      <source>The same figures are in the table below</source>
      <translation>[Thé šámé fîğüréš áré îñ thé táblé bélõw ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/work_reflection.ui" line="66" />
      <source>Your answers to each month's reflection, side by side</source>
      <translation>[Ýõür áñšwérš tõ éáçh mõñth'š réfléçtîõñ, šîdé bý šîdé ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/work_reflection.ui" line="67" />
      <source>Your answers month by month</source>
      <translation>[Ýõür áñšwérš mõñth bý mõñth ·~ ·~ ·~ ·]</translation>
    </message>
  </context>
</TS>
