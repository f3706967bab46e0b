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
      <location filename="../../wellbeing_desktop/gui/dialogs/about_dialog.py" line="82" />
      <source>Licences</source>
      <translation>[Lîçéñçéš ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/about_dialog.py" line="38" />
      <source>GNU GPL</source>
      <translation>[ĞÑÜ ĞPL ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/about_dialog.py" line="58" />
      <source>&lt;h2&gt;Wellbeing Desktop&lt;/h2&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;A private place for peer supporters to reflect, plan their self-care and notice how they are doing.&lt;/p&gt;&lt;p&gt;Everything stays on this computer, encrypted. Nothing is ever sent anywhere.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later: you may use, share and change it.&lt;/p&gt;</source>
      <translation>[&lt;h2&gt;Wéllbéîñğ Déšktõp&lt;/h2&gt;&lt;p&gt;Véršîõñ %1&lt;/p&gt;&lt;p&gt;Å prîváté pláçé fõr péér šüppõrtérš tõ réfléçt, pláñ théîr šélf-çáré áñd ñõtîçé hõw théý áré dõîñğ.&lt;/p&gt;&lt;p&gt;Évérýthîñğ štáýš õñ thîš çõmpütér, éñçrýptéd. Ñõthîñğ îš évér šéñt áñýwhéré.&lt;/p&gt;&lt;p&gt;Fréé šõftwáré üñdér thé ĞÑÜ Ğéñérál Püblîç Lîçéñšé, véršîõñ 3 õr látér: ýõü máý üšé, šháré áñd çháñğé ît.&lt;/p&gt; ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/about_dialog.py" line="90" />
      <source>Wellbeing Desktop is licensed %1. It is built with the free software below; each part keeps its own licence, and all of them allow it to be shared under the GNU GPL.</source>
      <translation>[Wéllbéîñğ Déšktõp îš lîçéñšéd %1. Ît îš büîlt wîth thé fréé šõftwáré bélõw; éáçh párt kéépš îtš õwñ lîçéñçé, áñd áll õf thém állõw ît tõ bé šháréd üñdér thé ĞÑÜ ĞPL. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
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
      <location filename="../../ui/agreed_action_row.ui" line="24" />
      <source>Done</source>
      <translation>[Dõñé ·]</translation>
    </message>
    <message>
      <location filename="../../ui/agreed_action_row.ui" line="29" />
      <source>Due by</source>
      <translation>[Düé bý ·]</translation>
    </message>
    <message>
      <location filename="../../ui/agreed_action_row.ui" line="30" />
      <source>Has a due date</source>
      <translation>[Háš á düé dáté ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/agreed_action_row.ui" line="35" />
      <source>Due date</source>
      <translation>[Düé dáté ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/agreed_action_row.ui" line="38" />
      <source>d MMM yyyy</source>
      <translation>[d MMM ýýýý ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/agreed_action_row.ui" line="48" />
      <source>Remove</source>
      <translation>[Rémõvé ·]</translation>
    </message>
    <message>
      <location filename="../../ui/agreed_action_row.ui" line="49" />
      <location filename="../../ui/agreed_action_row.ui" line="50" />
      <source>Remove this action</source>
      <translation>[Rémõvé thîš áçtîõñ ·~ ·~ ]</translation>
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
      <location filename="../../wellbeing_desktop/gui/backup_action.py" line="34" />
      <source>Choose where to keep the backup</source>
      <translation>[Çhõõšé whéré tõ kéép thé báçküp ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/backup_action.py" line="48" />
      <source>Wellbeing backup %1</source>
      <translation>[Wéllbéîñğ báçküp %1 ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/backup_action.py" line="54" />
      <source>Backing up…</source>
      <translation>[Báçkîñğ üp… ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/backup_action.py" line="59" />
      <source>Your backup is in %1. It is encrypted and opens with your passphrase.</source>
      <translation>[Ýõür báçküp îš îñ %1. Ît îš éñçrýptéd áñd õpéñš wîth ýõür páššphrášé. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/backup_action.py" line="79" />
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
      <location filename="../../wellbeing_desktop/gui/dialogs/change_passphrase_dialog.py" line="51" />
      <source>Please type your current passphrase.</source>
      <translation>[Pléášé týpé ýõür çürréñt páššphrášé. ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/change_passphrase_dialog.py" line="55" />
      <source>Please choose a new passphrase of at least %1 characters.</source>
      <translation>[Pléášé çhõõšé á ñéw páššphrášé õf át léášt %1 çháráçtérš. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/change_passphrase_dialog.py" line="64" />
      <source>The two new passphrases are different. Please type them again.</source>
      <translation>[Thé twõ ñéw páššphrášéš áré dîfféréñt. Pléášé týpé thém áğáîñ. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/change_passphrase_dialog.py" line="69" />
      <source>That is the passphrase you have now. Please choose a new one.</source>
      <translation>[Thát îš thé páššphrášé ýõü hávé ñõw. Pléášé çhõõšé á ñéw õñé. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/change_passphrase_dialog.py" line="83" />
      <source>Your passphrase has been changed. Use the new one from now on. Your recovery key, if you made one, keeps working.</source>
      <translation>[Ýõür páššphrášé háš bééñ çháñğéd. Üšé thé ñéw õñé frõm ñõw õñ. Ýõür réçõvérý kéý, îf ýõü mádé õñé, kéépš wõrkîñğ. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/change_passphrase_dialog.py" line="111" />
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
      <location filename="../../ui/change_passphrase_dialog.ui" line="38" />
      <source>Current passphrase</source>
      <translation>[Çürréñt páššphrášé ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/change_passphrase_dialog.ui" line="43" />
      <source>A good passphrase is long and easy for you to remember: four or five ordinary words that mean something only to you works well.</source>
      <translation>[Å ğõõd páššphrášé îš lõñğ áñd éášý fõr ýõü tõ rémémbér: fõür õr fîvé õrdîñárý wõrdš thát méáñ šõméthîñğ õñlý tõ ýõü wõrkš wéll. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/change_passphrase_dialog.ui" line="49" />
      <location filename="../../ui/change_passphrase_dialog.ui" line="56" />
      <source>New passphrase</source>
      <translation>[Ñéw páššphrášé ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/change_passphrase_dialog.ui" line="61" />
      <source>Type it again</source>
      <translation>[Týpé ît áğáîñ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/change_passphrase_dialog.ui" line="68" />
      <source>New passphrase again</source>
      <translation>[Ñéw páššphrášé áğáîñ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/change_passphrase_dialog.ui" line="75" />
      <source>Show passphrases</source>
      <translation>[Šhõw páššphrášéš ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/change_passphrase_dialog.ui" line="80" />
      <source>Caps Lock seems to be on.</source>
      <translation>[Çápš Lõçk šéémš tõ bé õñ. ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/change_passphrase_dialog.ui" line="90" />
      <source>Problem</source>
      <translation>[Prõblém ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/change_passphrase_dialog.ui" line="98" />
      <source>Done</source>
      <translation>[Dõñé ·]</translation>
    </message>
    <message>
      <location filename="../../ui/change_passphrase_dialog.ui" line="106" />
      <source>Working</source>
      <translation>[Wõrkîñğ ·~]</translation>
    </message>
  </context>
  <context>
    <name>CheckInDialog</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/checkin_dialog.py" line="51" />
      <source>1 · %1</source>
      <translation>[1 · %1 ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/checkin_dialog.py" line="52" />
      <source>10 · %1</source>
      <translation>[10 · %1 ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/checkin_dialog.py" line="75" />
      <source>Save check-in</source>
      <translation>[Šávé çhéçk-îñ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/checkin_dialog.py" line="138" />
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
      <location filename="../../ui/checkin_dialog.ui" line="150" />
      <source>A little more, if you like — everything below is optional.</source>
      <translation>[Å lîttlé mõré, îf ýõü lîké — évérýthîñğ bélõw îš õptîõñál. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="162" />
      <source>How much pressure are you feeling?</source>
      <translation>[Hõw müçh préššüré áré ýõü féélîñğ? ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="181" />
      <source>Stress, optional</source>
      <translation>[Štréšš, õptîõñál ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="187" />
      <location filename="../../ui/checkin_dialog.ui" line="253" />
      <location filename="../../ui/checkin_dialog.ui" line="304" />
      <source>Not recorded</source>
      <translation>[Ñõt réçõrdéd ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="192" />
      <location filename="../../ui/checkin_dialog.ui" line="258" />
      <source>Clear</source>
      <translation>[Çléár ·]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="193" />
      <source>Clear stress</source>
      <translation>[Çléár štréšš ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="228" />
      <source>How is your energy?</source>
      <translation>[Hõw îš ýõür éñérğý? ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="247" />
      <source>Energy, optional</source>
      <translation>[Éñérğý, õptîõñál ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="259" />
      <source>Clear energy</source>
      <translation>[Çléár éñérğý ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="294" />
      <source>Hours of sleep last night</source>
      <translation>[Hõürš õf šléép lášt ñîğht ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="303" />
      <source>Hours of sleep, optional</source>
      <translation>[Hõürš õf šléép, õptîõñál ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="322" />
      <source>Feeling words</source>
      <translation>[Féélîñğ wõrdš ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="330" />
      <source>Feeling words, separated by commas</source>
      <translation>[Féélîñğ wõrdš, šépárátéd bý çõmmáš ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="331" />
      <source>tired, hopeful, on edge…</source>
      <translation>[tîréd, hõpéfül, õñ édğé… ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="337" />
      <source>Choose…</source>
      <translation>[Çhõõšé… ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="338" />
      <source>Choose feeling words</source>
      <translation>[Çhõõšé féélîñğ wõrdš ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="346" />
      <source>A note</source>
      <translation>[Å ñõté ·]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="352" />
      <source>A note, optional</source>
      <translation>[Å ñõté, õptîõñál ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="353" />
      <source>Anything you'd like to remember about today</source>
      <translation>[Åñýthîñğ ýõü'd lîké tõ rémémbér ábõüt tõdáý ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="363" />
      <source>Coping strategies I used today</source>
      <translation>[Çõpîñğ štrátéğîéš Î üšéd tõdáý ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="367" />
      <source>Add coping strategies to your plan and you can tick them here.</source>
      <translation>[Ådd çõpîñğ štrátéğîéš tõ ýõür pláñ áñd ýõü çáñ tîçk thém héré. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="378" />
      <source>Problem</source>
      <translation>[Prõblém ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/checkin_dialog.ui" line="385" />
      <source>Choose a number for your mood, then save.</source>
      <translation>[Çhõõšé á ñümbér fõr ýõür mõõd, théñ šávé. ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
  </context>
  <context>
    <name>CrashDialog</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/crash_dialog.py" line="30" />
      <source>Something went wrong</source>
      <translation>[Šõméthîñğ wéñt wrõñğ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/crash_dialog.py" line="41" />
      <source>You can carry on, or close the app and open it again. If you would like to tell the people who make the app, copy this report and send it to them. It holds none of your writing: only which part of the app had the problem.</source>
      <translation>[Ýõü çáñ çárrý õñ, õr çlõšé thé ápp áñd õpéñ ît áğáîñ. Îf ýõü wõüld lîké tõ téll thé péõplé whõ máké thé ápp, çõpý thîš répõrt áñd šéñd ît tõ thém. Ît hõldš ñõñé õf ýõür wrîtîñğ: õñlý whîçh párt õf thé ápp hád thé prõblém. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/crash_dialog.py" line="50" />
      <source>Crash report</source>
      <translation>[Çrášh répõrt ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/crash_dialog.py" line="55" />
      <source>Copy report</source>
      <translation>[Çõpý répõrt ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/crash_dialog.py" line="71" />
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
    <name>DiaryBrowser</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/diary_browse.py" line="73" />
      <source>Free writing</source>
      <translation>[Fréé wrîtîñğ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/diary_browse.py" line="153" />
      <source>1 entry matches</source>
      <translation>[1 éñtrý mátçhéš ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/diary_browse.py" line="153" />
      <source>%1 entries match</source>
      <translation>[%1 éñtrîéš mátçh ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/diary_browse.py" line="155" />
      <source>1 entry</source>
      <translation>[1 éñtrý ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/diary_browse.py" line="155" />
      <source>%1 entries</source>
      <translation>[%1 éñtrîéš ·~]</translation>
    </message>
  </context>
  <context>
    <name>DiaryView</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/diary_view.py" line="40" />
      <location filename="../../ui/diary_view.ui" line="6" />
      <source>Diary</source>
      <translation>[Dîárý ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/diary_view.py" line="61" />
      <source>Delete entry</source>
      <translation>[Délété éñtrý ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/diary_view.py" line="153" />
      <source>Saving…</source>
      <translation>[Šávîñğ… ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/diary_view.py" line="166" />
      <source>%1. Your writing is still here.</source>
      <translation>[%1. Ýõür wrîtîñğ îš štîll héré. ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/diary_view.py" line="167" />
      <source>Couldn't save</source>
      <translation>[Çõüldñ't šávé ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/diary_view.py" line="168" />
      <source>Couldn't save: %1</source>
      <translation>[Çõüldñ't šávé: %1 ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/diary_view.py" line="174" />
      <source>Saved</source>
      <translation>[Šávéd ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/diary_view.py" line="231" />
      <source>Whatever you write stays private, encrypted on this computer.</source>
      <translation>[Whátévér ýõü wrîté štáýš prîváté, éñçrýptéd õñ thîš çõmpütér. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/diary_view.py" line="233" />
      <location filename="../../ui/diary_view.ui" line="246" />
      <source>Choose an entry to read it again, or start a new reflection.</source>
      <translation>[Çhõõšé áñ éñtrý tõ réád ît áğáîñ, õr štárt á ñéw réfléçtîõñ. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="29" />
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
      <location filename="../../ui/diary_view.ui" line="42" />
      <source>Go to the entries of a date</source>
      <translation>[Ğõ tõ thé éñtrîéš õf á dáté ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="43" />
      <source>Go to a date</source>
      <translation>[Ğõ tõ á dáté ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="48" />
      <source>Filters</source>
      <translation>[Fîltérš ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="49" />
      <source>Show or hide the filters</source>
      <translation>[Šhõw õr hîdé thé fîltérš ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="50" />
      <source>Show filters</source>
      <translation>[Šhõw fîltérš ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="58" />
      <source>Search your diary</source>
      <translation>[Šéárçh ýõür dîárý ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="59" />
      <source>Search the diary</source>
      <translation>[Šéárçh thé dîárý ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="75" />
      <source>&amp;Tag</source>
      <translation>[&amp;Táğ ]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="81" />
      <source>Tag</source>
      <translation>[Táğ ]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="88" />
      <source>&amp;Kind</source>
      <translation>[&amp;Kîñd ·]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="94" />
      <source>Kind of entry</source>
      <translation>[Kîñd õf éñtrý ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="101" />
      <source>&amp;From</source>
      <translation>[&amp;Frõm ·]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="102" />
      <source>Only entries between two dates</source>
      <translation>[Õñlý éñtrîéš bétwééñ twõ dátéš ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="112" />
      <source>First date</source>
      <translation>[Fîršt dáté ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="117" />
      <source>to</source>
      <translation>[tõ ]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="125" />
      <source>Last date</source>
      <translation>[Lášt dáté ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="134" />
      <source>Only for &amp;supervision</source>
      <translation>[Õñlý fõr &amp;šüpérvîšîõñ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="135" />
      <source>Only entries to bring to supervision</source>
      <translation>[Õñlý éñtrîéš tõ brîñğ tõ šüpérvîšîõñ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="145" />
      <source>Clear filters</source>
      <translation>[Çléár fîltérš ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="161" />
      <source>Number of entries</source>
      <translation>[Ñümbér õf éñtrîéš ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="174" />
      <source>Entries</source>
      <translation>[Éñtrîéš ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="192" />
      <source>Nothing here yet. When you're ready, write a few lines about your day.</source>
      <translation>[Ñõthîñğ héré ýét. Whéñ ýõü'ré réádý, wrîté á féw lîñéš ábõüt ýõür dáý. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="199" />
      <source>Write a reflection</source>
      <translation>[Wrîté á réfléçtîõñ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="219" />
      <source>No entries match.</source>
      <translation>[Ñõ éñtrîéš mátçh. ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/diary_view.ui" line="226" />
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
      <location filename="../../wellbeing_desktop/gui/views/diary_editor.py" line="61" />
      <source>Not set</source>
      <translation>[Ñõt šét ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/diary_editor.py" line="91" />
      <source>dddd d MMMM yyyy, HH:mm</source>
      <translation>[dddd d MMMM ýýýý, HH:mm ·~ ·~ ·~]</translation>
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
      <source>Write whatever is on your mind. It is saved as you go.</source>
      <translation>[Wrîté whátévér îš õñ ýõür mîñd. Ît îš šávéd áš ýõü ğõ. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/entry_editor.ui" line="142" />
      <source>Your writing</source>
      <translation>[Ýõür wrîtîñğ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/entry_editor.ui" line="146" />
      <source>Your writing, formatted for reading</source>
      <translation>[Ýõür wrîtîñğ, fõrmáttéd fõr réádîñğ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/entry_editor.ui" line="158" />
      <source>T&amp;ags</source>
      <translation>[T&amp;áğš ·]</translation>
    </message>
    <message>
      <location filename="../../ui/entry_editor.ui" line="164" />
      <source>For example: group, phone</source>
      <translation>[Fõr éxámplé: ğrõüp, phõñé ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/entry_editor.ui" line="165" />
      <source>Tags, separated by commas</source>
      <translation>[Táğš, šépárátéd bý çõmmáš ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/entry_editor.ui" line="170" />
      <source>&amp;Feelings</source>
      <translation>[&amp;Féélîñğš ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/entry_editor.ui" line="176" />
      <source>For example: tired, proud</source>
      <translation>[Fõr éxámplé: tîréd, prõüd ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/entry_editor.ui" line="177" />
      <source>Feeling words, separated by commas</source>
      <translation>[Féélîñğ wõrdš, šépárátéd bý çõmmáš ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/entry_editor.ui" line="182" />
      <source>&amp;Mood</source>
      <translation>[&amp;Mõõd ·]</translation>
    </message>
    <message>
      <location filename="../../ui/entry_editor.ui" line="191" />
      <source>Mood, from 1 to 10, or not set</source>
      <translation>[Mõõd, frõm 1 tõ 10, õr ñõt šét ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/entry_editor.ui" line="196" />
      <source>&amp;Bring to supervision</source>
      <translation>[&amp;Brîñğ tõ šüpérvîšîõñ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/entry_editor.ui" line="197" />
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
      <location filename="../../wellbeing_desktop/gui/dialogs/export_dialog.py" line="107" />
      <source>Untitled entry</source>
      <translation>[Üñtîtléd éñtrý ·~ ·~]</translation>
    </message>
    <message numerus="yes">
      <location filename="../../wellbeing_desktop/gui/dialogs/export_dialog.py" line="141" />
      <source>%n chosen</source>
      <translation>
        <numerusform>[%n çhõšéñ ·~]</numerusform>
        <numerusform>[%n çhõšéñ ·~]</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/export_dialog.py" line="143" />
      <location filename="../../ui/export_dialog.ui" line="119" />
      <source>None chosen yet</source>
      <translation>[Ñõñé çhõšéñ ýét ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/export_dialog.py" line="145" />
      <source>Save as PDF…</source>
      <translation>[Šávé áš PDF… ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/export_dialog.py" line="145" />
      <location filename="../../ui/export_dialog.ui" line="181" />
      <source>Save…</source>
      <translation>[Šávé… ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/export_dialog.py" line="159" />
      <source>Save the export</source>
      <translation>[Šávé thé éxpõrt ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/export_dialog.py" line="185" />
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
      <source>The time the pack's mood summary covers</source>
      <translation>[Thé tîmé thé páçk'š mõõd šümmárý çõvérš ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.ui" line="70" />
      <source>the last two weeks</source>
      <translation>[thé lášt twõ wéékš ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.ui" line="71" />
      <source>the last three months</source>
      <translation>[thé lášt thréé mõñthš ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.ui" line="72" />
      <source>the last year</source>
      <translation>[thé lášt ýéár ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.ui" line="73" />
      <source>all the time I have checked in</source>
      <translation>[áll thé tîmé Î hávé çhéçkéd îñ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.ui" line="86" />
      <source>Diary entries I choose (PDF or print)</source>
      <translation>[Dîárý éñtrîéš Î çhõõšé (PDF õr prîñt) ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.ui" line="87" />
      <source>Diary entries I choose, as PDF or print</source>
      <translation>[Dîárý éñtrîéš Î çhõõšé, áš PDF õr prîñt ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.ui" line="103" />
      <source>Filter by title or date</source>
      <translation>[Fîltér bý tîtlé õr dáté ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.ui" line="105" />
      <source>Filter the entries by title or date</source>
      <translation>[Fîltér thé éñtrîéš bý tîtlé õr dáté ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.ui" line="110" />
      <source>Diary entries to include</source>
      <translation>[Dîárý éñtrîéš tõ îñçlüdé ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.ui" line="130" />
      <source>Choose all shown</source>
      <translation>[Çhõõšé áll šhõwñ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.ui" line="136" />
      <source>Clear</source>
      <translation>[Çléár ·]</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.ui" line="137" />
      <source>Clear the chosen entries</source>
      <translation>[Çléár thé çhõšéñ éñtrîéš ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.ui" line="154" />
      <source>The file you save will not be encrypted: anyone who can open the folder you save it in can read it.</source>
      <translation>[Thé fîlé ýõü šávé wîll ñõt bé éñçrýptéd: áñýõñé whõ çáñ õpéñ thé fõldér ýõü šávé ît îñ çáñ réád ît. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.ui" line="175" />
      <source>Print…</source>
      <translation>[Prîñt… ·]</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.ui" line="187" />
      <source>Cancel</source>
      <translation>[Çáñçél ·]</translation>
    </message>
  </context>
  <context>
    <name>FilterBar</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/diary_filters.py" line="44" />
      <source>Any kind</source>
      <translation>[Åñý kîñd ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/diary_filters.py" line="45" />
      <source>Free writing</source>
      <translation>[Fréé wrîtîñğ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/diary_filters.py" line="55" />
      <source>Any tag</source>
      <translation>[Åñý táğ ·~]</translation>
    </message>
  </context>
  <context>
    <name>LeaveDialog</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/supervision/leave_dialog.py" line="49" />
      <source>Please type your passphrase.</source>
      <translation>[Pléášé týpé ýõür páššphrášé. ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/supervision/leave_dialog.py" line="68" />
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
      <location filename="../../ui/leave_supervision_dialog.ui" line="25" />
      <source>Show passphrase</source>
      <translation>[Šhõw páššphrášé ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/leave_supervision_dialog.ui" line="30" />
      <source>Caps Lock seems to be on.</source>
      <translation>[Çápš Lõçk šéémš tõ bé õñ. ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/leave_supervision_dialog.ui" line="40" />
      <source>Problem</source>
      <translation>[Prõblém ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/leave_supervision_dialog.ui" line="48" />
      <source>Checking</source>
      <translation>[Çhéçkîñğ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/leave_supervision_dialog.ui" line="61" />
      <source>Stay in supervision mode</source>
      <translation>[Štáý îñ šüpérvîšîõñ mõdé ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/leave_supervision_dialog.ui" line="67" />
      <source>Leave</source>
      <translation>[Léávé ·]</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/main_window.py" line="85" />
      <source>Wellbeing Desktop — Demo</source>
      <translation>[Wéllbéîñğ Déšktõp — Démõ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/main_window.py" line="85" />
      <location filename="../../ui/main_window.ui" line="2" />
      <source>Wellbeing Desktop</source>
      <translation>[Wéllbéîñğ Déšktõp ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/main_window.py" line="146" />
      <source>Wellbeing Desktop cannot start</source>
      <translation>[Wéllbéîñğ Déšktõp çáññõt štárt ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/main_window.py" line="263" />
      <source>&amp;Undo</source>
      <translation>[&amp;Üñdõ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/main_window.py" line="264" />
      <source>&amp;Redo</source>
      <translation>[&amp;Rédõ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/main_window.py" line="411" />
      <source>Support now: who you can contact</source>
      <translation>[Šüppõrt ñõw: whõ ýõü çáñ çõñtáçt ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/main_window.py" line="425" />
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
      <location filename="../../wellbeing_desktop/gui/views/mood_charts.py" line="104" />
      <source>Average mood: days you ticked a strategy, and other days</source>
      <translation>[Åvéráğé mõõd: dáýš ýõü tîçkéd á štrátéğý, áñd õthér dáýš ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_charts.py" line="105" />
      <source>Days you ticked it</source>
      <translation>[Dáýš ýõü tîçkéd ît ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_charts.py" line="106" />
      <source>Other days you checked in</source>
      <translation>[Õthér dáýš ýõü çhéçkéd îñ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_charts.py" line="107" />
      <source>Average mood, 1–10</source>
      <translation>[Åvéráğé mõõd, 1–10 ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_charts.py" line="109" />
      <source>When you've ticked a coping strategy on a few days,
you'll see your mood on those days beside the others here.</source>
      <translation>[Whéñ ýõü'vé tîçkéd á çõpîñğ štrátéğý õñ á féw dáýš,
ýõü'll šéé ýõür mõõd õñ thõšé dáýš béšîdé thé õthérš héré. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
  </context>
  <context>
    <name>MoodTables</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_tables.py" line="55" />
      <source>Days with check-ins</source>
      <translation>[Dáýš wîth çhéçk-îñš ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_tables.py" line="56" />
      <source>Check-ins</source>
      <translation>[Çhéçk-îñš ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_tables.py" line="57" />
      <source>Average mood</source>
      <translation>[Åvéráğé mõõd ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_tables.py" line="58" />
      <source>Lowest and highest day</source>
      <translation>[Lõwéšt áñd hîğhéšt dáý ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_tables.py" line="59" />
      <source>Over this period</source>
      <translation>[Õvér thîš pérîõd ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_tables.py" line="62" />
      <source>Average stress</source>
      <translation>[Åvéráğé štréšš ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_tables.py" line="63" />
      <source>Average energy</source>
      <translation>[Åvéráğé éñérğý ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_tables.py" line="64" />
      <source>Average sleep (hours)</source>
      <translation>[Åvéráğé šléép (hõürš) ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_tables.py" line="68" />
      <source>Days with a diary entry</source>
      <translation>[Dáýš wîth á dîárý éñtrý ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_tables.py" line="85" />
      <source>No check-ins in %1</source>
      <translation>[Ñõ çhéçk-îñš îñ %1 ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_tables.py" line="91" />
      <source>Tick the coping strategies you used when you check in. After a few days, you'll see your mood on those days beside your other days here.</source>
      <translation>[Tîçk thé çõpîñğ štrátéğîéš ýõü üšéd whéñ ýõü çhéçk îñ. Åftér á féw dáýš, ýõü'll šéé ýõür mõõd õñ thõšé dáýš béšîdé ýõür õthér dáýš héré. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_tables.py" line="97" />
      <source>These figures sit side by side; they can't show what caused what. Many things shape a day.</source>
      <translation>[Théšé fîğüréš šît šîdé bý šîdé; théý çáñ't šhõw whát çáüšéd whát. Máñý thîñğš šhápé á dáý. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
  </context>
  <context>
    <name>MoodView</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_view.py" line="48" />
      <source>Mood</source>
      <translation>[Mõõd ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_view.py" line="55" />
      <source>Chart; its figures are in the table beside it</source>
      <translation>[Çhárt; îtš fîğüréš áré îñ thé táblé béšîdé ît ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_view.py" line="63" />
      <source>Two weeks</source>
      <translation>[Twõ wéékš ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_view.py" line="64" />
      <source>Three months</source>
      <translation>[Thréé mõñthš ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_view.py" line="65" />
      <source>A year</source>
      <translation>[Å ýéár ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/mood_view.py" line="66" />
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
      <source>Period to show</source>
      <translation>[Pérîõd tõ šhõw ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="38" />
      <source>Check in…</source>
      <translation>[Çhéçk îñ… ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="54" />
      <source>No check-ins yet. When you're ready, tell the app how you're doing — it only takes a moment.</source>
      <translation>[Ñõ çhéçk-îñš ýét. Whéñ ýõü'ré réádý, téll thé ápp hõw ýõü'ré dõîñğ — ît õñlý tákéš á mõméñt. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="68" />
      <source>Check in</source>
      <translation>[Çhéçk îñ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="96" />
      <source>Mood over time</source>
      <translation>[Mõõd õvér tîmé ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="120" />
      <source>Show stress</source>
      <translation>[Šhõw štréšš ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="125" />
      <source>Show energy</source>
      <translation>[Šhõw éñérğý ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="130" />
      <source>Mood in figures</source>
      <translation>[Mõõd îñ fîğüréš ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="139" />
      <source>Figure</source>
      <translation>[Fîğüré ·]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="140" />
      <source>Value</source>
      <translation>[Válüé ·]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="149" />
      <source>Year at a glance</source>
      <translation>[Ýéár át á ğláñçé ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="175" />
      <location filename="../../ui/mood_view.ui" line="181" />
      <source>Year</source>
      <translation>[Ýéár ·]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="188" />
      <source>The year in figures</source>
      <translation>[Thé ýéár îñ fîğüréš ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="197" />
      <source>Month</source>
      <translation>[Mõñth ·]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="198" />
      <source>Average</source>
      <translation>[Åvéráğé ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="199" />
      <source>Days</source>
      <translation>[Dáýš ·]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="208" />
      <source>Feeling words</source>
      <translation>[Féélîñğ wõrdš ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="232" />
      <source>Feeling words and how often</source>
      <translation>[Féélîñğ wõrdš áñd hõw õftéñ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="241" />
      <source>Word</source>
      <translation>[Wõrd ·]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="242" />
      <source>Times</source>
      <translation>[Tîméš ·]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="251" />
      <source>What helps</source>
      <translation>[Whát hélpš ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="275" />
      <source>What helps, in words</source>
      <translation>[Whát hélpš, îñ wõrdš ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="290" />
      <source>Figures describe what your check-ins show; they can't say what caused what.</source>
      <translation>[Fîğüréš déšçrîbé whát ýõür çhéçk-îñš šhõw; théý çáñ't šáý whát çáüšéd whát. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/mood_view.ui" line="296" />
      <source>Save chart as PNG…</source>
      <translation>[Šávé çhárt áš PÑĞ… ·~ ·~ ]</translation>
    </message>
  </context>
  <context>
    <name>OpenActions</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/today_actions.py" line="34" />
      <source>Done: %1</source>
      <translation>[Dõñé: %1 ·]</translation>
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
    <name>PlanSectionWidget</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/plan_section.py" line="59" />
      <source>A section of your own. Add whatever belongs here.</source>
      <translation>[Å šéçtîõñ õf ýõür õwñ. Ådd whátévér bélõñğš héré. ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/plan_section.py" line="63" />
      <source>Add to “%1”</source>
      <translation>[Ådd tõ “%1” ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/plan_section.py" line="83" />
      <source>Add “%1” to your plan</source>
      <translation>[Ådd “%1” tõ ýõür pláñ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/plan_section.py" line="84" />
      <source>Add this to your plan; you can change the words afterwards.</source>
      <translation>[Ådd thîš tõ ýõür pláñ; ýõü çáñ çháñğé thé wõrdš áftérwárdš. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
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
      <location filename="../../wellbeing_desktop/gui/views/plan_view.py" line="48" />
      <location filename="../../ui/plan_view.ui" line="6" />
      <source>Self-care plan</source>
      <translation>[Šélf-çáré pláñ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/plan_view.py" line="73" />
      <location filename="../../wellbeing_desktop/gui/views/plan_view.py" line="83" />
      <location filename="../../ui/plan_view.ui" line="56" />
      <location filename="../../ui/plan_view.ui" line="59" />
      <source>Undo</source>
      <translation>[Üñdõ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/plan_view.py" line="74" />
      <location filename="../../wellbeing_desktop/gui/views/plan_view.py" line="84" />
      <location filename="../../ui/plan_view.ui" line="72" />
      <location filename="../../ui/plan_view.ui" line="75" />
      <source>Redo</source>
      <translation>[Rédõ ·]</translation>
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
      <location filename="../../ui/plan_view.ui" line="194" />
      <source>Add section</source>
      <translation>[Ådd šéçtîõñ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/plan_view.ui" line="247" />
      <location filename="../../ui/plan_view.ui" line="271" />
      <source>Review date</source>
      <translation>[Révîéw dáté ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/plan_view.ui" line="254" />
      <source>A day to look over your plan again, perhaps with your supervisor.</source>
      <translation>[Å dáý tõ lõõk õvér ýõür pláñ áğáîñ, pérhápš wîth ýõür šüpérvîšõr. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/plan_view.ui" line="264" />
      <source>Review my plan on</source>
      <translation>[Révîéw mý pláñ õñ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/plan_view.ui" line="297" />
      <location filename="../../ui/plan_view.ui" line="304" />
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
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="48" />
      <source>Lock when the window is minimised</source>
      <translation>[Lõçk whéñ thé wîñdõw îš mîñîmîšéd ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="53" />
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="74" />
      <source>Appearance</source>
      <translation>[Åppéáráñçé ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="55" />
      <source>Same as my system</source>
      <translation>[Šámé áš mý šýštém ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="56" />
      <source>Light</source>
      <translation>[Lîğht ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="57" />
      <source>Dark</source>
      <translation>[Dárk ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="63" />
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="75" />
      <source>Text size</source>
      <translation>[Téxt šîžé ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="72" />
      <source>Lock after</source>
      <translation>[Lõçk áftér ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="76" />
      <source>Automatic backups</source>
      <translation>[Åütõmátîç báçküpš ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="78" />
      <source>Passphrase</source>
      <translation>[Páššphrášé ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="79" />
      <source>Change passphrase…</source>
      <translation>[Çháñğé páššphrášé… ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="81" />
      <source>Recovery key</source>
      <translation>[Réçõvérý kéý ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="83" />
      <source>Encryption key</source>
      <translation>[Éñçrýptîõñ kéý ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="84" />
      <source>Rotate encryption key…</source>
      <translation>[Rõtáté éñçrýptîõñ kéý… ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="118" />
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="156" />
      <source>Choose a folder for automatic backups</source>
      <translation>[Çhõõšé á fõldér fõr áütõmátîç báçküpš ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="120" />
      <source>Turn off</source>
      <translation>[Türñ õff ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="122" />
      <source>Turn automatic backups off</source>
      <translation>[Türñ áütõmátîç báçküpš õff ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="137" />
      <source>On closing the app, once a day, into %1. The newest 7 are kept.</source>
      <translation>[Õñ çlõšîñğ thé ápp, õñçé á dáý, îñtõ %1. Thé ñéwéšt 7 áré képt. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="144" />
      <source>Off. Choose a folder, perhaps on a USB stick, for a backup each day you close the app.</source>
      <translation>[Õff. Çhõõšé á fõldér, pérhápš õñ á ÜŠB štîçk, fõr á báçküp éáçh dáý ýõü çlõšé thé ápp. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="148" />
      <source>Change folder…</source>
      <translation>[Çháñğé fõldér… ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="148" />
      <source>Choose a folder…</source>
      <translation>[Çhõõšé á fõldér… ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="193" />
      <source>Remove</source>
      <translation>[Rémõvé ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="195" />
      <source>Remove the recovery key</source>
      <translation>[Rémõvé thé réçõvérý kéý ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="206" />
      <source>Made</source>
      <translation>[Mádé ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="206" />
      <source>None yet</source>
      <translation>[Ñõñé ýét ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="208" />
      <source>Make a new one…</source>
      <translation>[Máké á ñéw õñé… ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="208" />
      <source>Make a recovery key…</source>
      <translation>[Máké á réçõvérý kéý… ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="227" />
      <source>Remove the recovery key?</source>
      <translation>[Rémõvé thé réçõvérý kéý? ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/preferences_dialog.py" line="228" />
      <source>Without it, only your passphrase opens your vault. Remove the recovery key?</source>
      <translation>[Wîthõüt ît, õñlý ýõür páššphrášé õpéñš ýõür váült. Rémõvé thé réçõvérý kéý? ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
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
      <location filename="../../wellbeing_desktop/gui/dialogs/recover_dialog.py" line="53" />
      <source>Recovery key</source>
      <translation>[Réçõvérý kéý ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/recover_dialog.py" line="34" />
      <location filename="../../wellbeing_desktop/gui/dialogs/recover_dialog.py" line="54" />
      <source>New passphrase</source>
      <translation>[Ñéw páššphrášé ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/recover_dialog.py" line="38" />
      <source>New passphrase again</source>
      <translation>[Ñéw páššphrášé áğáîñ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/recover_dialog.py" line="55" />
      <source>Type it again</source>
      <translation>[Týpé ît áğáîñ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/recover_dialog.py" line="71" />
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
      <location filename="../../wellbeing_desktop/gui/dialogs/recovery_key_dialog.py" line="74" />
      <source>Print…</source>
      <translation>[Prîñt… ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/recovery_key_dialog.py" line="78" />
      <source>Save as PDF…</source>
      <translation>[Šávé áš PDF… ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/recovery_key_dialog.py" line="131" />
      <source>Save the recovery key as PDF</source>
      <translation>[Šávé thé réçõvérý kéý áš PDF ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/recovery_key_dialog.py" line="133" />
      <source>PDF files (*.pdf)</source>
      <translation>[PDF fîléš (*.pdf) ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/recovery_key_dialog.py" line="144" />
      <source>Saved to %1.</source>
      <translation>[Šávéd tõ %1. ·~ ]</translation>
    </message>
  </context>
  <context>
    <name>RestoreAction</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/restore_action.py" line="39" />
      <source>Choose the backup to restore</source>
      <translation>[Çhõõšé thé báçküp tõ réštõré ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/restore_action.py" line="54" />
      <source>This backup cannot be restored</source>
      <translation>[Thîš báçküp çáññõt bé réštõréd ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/restore_action.py" line="73" />
      <source>That is the vault you are using now; please choose a backup folder instead.</source>
      <translation>[Thát îš thé váült ýõü áré üšîñğ ñõw; pléášé çhõõšé á báçküp fõldér îñštéád. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/restore_action.py" line="84" />
      <source>Restoring your backup…</source>
      <translation>[Réštõrîñğ ýõür báçküp… ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/restore_action.py" line="98" />
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
      <location filename="../../wellbeing_desktop/gui/dialogs/restore_dialog.py" line="53" />
      <source>Please type the backup's passphrase.</source>
      <translation>[Pléášé týpé thé báçküp'š páššphrášé. ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/restore_dialog.py" line="80" />
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
      <location filename="../../ui/restore_dialog.ui" line="57" />
      <source>The backup's passphrase</source>
      <translation>[Thé báçküp'š páššphrášé ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/restore_dialog.ui" line="67" />
      <source>Problem</source>
      <translation>[Prõblém ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/restore_dialog.ui" line="75" />
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
      <location filename="../../wellbeing_desktop/gui/dialogs/rotate_key_dialog.py" line="33" />
      <source>Rotate the key</source>
      <translation>[Rõtáté thé kéý ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/rotate_key_dialog.py" line="46" />
      <source>Please type your passphrase.</source>
      <translation>[Pléášé týpé ýõür páššphrášé. ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/rotate_key_dialog.py" line="56" />
      <source>Done. Your vault has a new encryption key, and an old copy of its key file no longer opens it. Your passphrase is the same.</source>
      <translation>[Dõñé. Ýõür váült háš á ñéw éñçrýptîõñ kéý, áñd áñ õld çõpý õf îtš kéý fîlé ñõ lõñğér õpéñš ît. Ýõür páššphrášé îš thé šámé. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/rotate_key_dialog.py" line="60" />
      <source>Your recovery key was removed: you can make a new one in Preferences now.</source>
      <translation>[Ýõür réçõvérý kéý wáš rémõvéd: ýõü çáñ máké á ñéw õñé îñ Préféréñçéš ñõw. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/rotate_key_dialog.py" line="75" />
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
      <location filename="../../ui/rotate_key_dialog.ui" line="73" />
      <source>Your passphrase</source>
      <translation>[Ýõür páššphrášé ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/rotate_key_dialog.ui" line="80" />
      <source>Caps Lock seems to be on.</source>
      <translation>[Çápš Lõçk šéémš tõ bé õñ. ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/rotate_key_dialog.ui" line="90" />
      <source>Problem</source>
      <translation>[Prõblém ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/rotate_key_dialog.ui" line="98" />
      <source>Done</source>
      <translation>[Dõñé ·]</translation>
    </message>
    <message>
      <location filename="../../ui/rotate_key_dialog.ui" line="106" />
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
      <location filename="../../ui/supervision_view.ui" line="61" />
      <location filename="../../ui/supervision_view.ui" line="152" />
      <source>Date</source>
      <translation>[Dáté ·]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_view.ui" line="62" />
      <location filename="../../ui/supervision_view.ui" line="165" />
      <location filename="../../ui/supervision_view.ui" line="171" />
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
      <source>Date of the session</source>
      <translation>[Dáté õf thé šéššîõñ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_view.ui" line="160" />
      <source>d MMMM yyyy</source>
      <translation>[d MMMM ýýýý ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_view.ui" line="172" />
      <source>Optional</source>
      <translation>[Õptîõñál ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_view.ui" line="180" />
      <location filename="../../ui/supervision_view.ui" line="186" />
      <source>What we talked about</source>
      <translation>[Whát wé tálkéd ábõüt ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_view.ui" line="187" />
      <source>A few words are enough: what you brought, what helped, anything to come back to.</source>
      <translation>[Å féw wõrdš áré éñõüğh: whát ýõü brõüğht, whát hélpéd, áñýthîñğ tõ çõmé báçk tõ. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_view.ui" line="193" />
      <source>What we agreed</source>
      <translation>[Whát wé áğrééd ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_view.ui" line="198" />
      <source>Nothing agreed this time — that's fine.</source>
      <translation>[Ñõthîñğ áğrééd thîš tîmé — thát'š fîñé. ·~ ·~ ·~ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_view.ui" line="217" />
      <source>Add an agreed action</source>
      <translation>[Ådd áñ áğrééd áçtîõñ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_view.ui" line="232" />
      <source>Saving</source>
      <translation>[Šávîñğ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_view.ui" line="242" />
      <source>Delete this session…</source>
      <translation>[Délété thîš šéššîõñ… ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_view.ui" line="243" />
      <source>Delete this session</source>
      <translation>[Délété thîš šéššîõñ ·~ ·~ ·]</translation>
    </message>
  </context>
  <context>
    <name>SupervisionWindow</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/supervision/window.py" line="59" />
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
      <location filename="../../ui/supervision_window.ui" line="202" />
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
      <location filename="../../ui/supervision_window.ui" line="85" />
      <source>Mood</source>
      <translation>[Mõõd ·]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_window.ui" line="97" />
      <source>Period</source>
      <translation>[Pérîõd ·]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_window.ui" line="103" />
      <source>Period for the mood summary</source>
      <translation>[Pérîõd fõr thé mõõd šümmárý ·~ ·~ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_window.ui" line="136" />
      <source>Mood figures</source>
      <translation>[Mõõd fîğüréš ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_window.ui" line="165" />
      <location filename="../../ui/supervision_window.ui" line="173" />
      <source>Agreed actions</source>
      <translation>[Åğrééd áçtîõñš ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_window.ui" line="181" />
      <source>Since last session</source>
      <translation>[Šîñçé lášt šéššîõñ ·~ ·~ ]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_window.ui" line="189" />
      <source>Changed since your last session</source>
      <translation>[Çháñğéd šîñçé ýõür lášt šéššîõñ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../ui/supervision_window.ui" line="215" />
      <source>Press any key to come back</source>
      <translation>[Préšš áñý kéý tõ çõmé báçk ·~ ·~ ·~ ]</translation>
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
      <location filename="../../wellbeing_desktop/gui/dialogs/support_dialog.py" line="82" />
      <source>How to reach %1</source>
      <translation>[Hõw tõ réáçh %1 ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/dialogs/support_dialog.py" line="83" />
      <source>Add how to reach them</source>
      <translation>[Ådd hõw tõ réáçh thém ·~ ·~ ·]</translation>
    </message>
  </context>
  <context>
    <name>TodayView</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/today_view.py" line="37" />
      <source>Today</source>
      <translation>[Tõdáý ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/today_view.py" line="42" />
      <source>Free writing</source>
      <translation>[Fréé wrîtîñğ ·~ ·]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/today_view.py" line="75" />
      <source>When your self-care plan has a few things in it, some will appear here as gentle reminders.</source>
      <translation>[Whéñ ýõür šélf-çáré pláñ háš á féw thîñğš îñ ît, šõmé wîll áppéár héré áš ğéñtlé rémîñdérš. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/today_view.py" line="82" />
      <source>Your plan's review date has come. When you have a moment, look it over — with your supervisor if you like.</source>
      <translation>[Ýõür pláñ'š révîéw dáté háš çõmé. Whéñ ýõü hávé á mõméñt, lõõk ît õvér — wîth ýõür šüpérvîšõr îf ýõü lîké. ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/views/today_view.py" line="97" />
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
      <location filename="../../wellbeing_desktop/gui/unlock_view.py" line="60" />
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
  </context>
  <context>
    <name>app</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/application.py" line="54" />
      <source>Wellbeing Desktop cannot start</source>
      <translation>[Wéllbéîñğ Déšktõp çáññõt štárt ·~ ·~ ·~ ·~]</translation>
    </message>
    <message>
      <location filename="../../wellbeing_desktop/gui/application.py" line="108" />
      <source>This is a demo: its passphrase is “%1”.</source>
      <translation>[Thîš îš á démõ: îtš páššphrášé îš “%1”. ·~ ·~ ·~ ·~ ·~]</translation>
    </message>
  </context>
  <context>
    <name>parent</name>
    <message>
      <location filename="../../wellbeing_desktop/gui/printing/printer.py" line="24" />
      <source>Print</source>
      <translation>[Prîñt ·]</translation>
    </message>
  </context>
</TS>
