; Inno Setup script for the desk app on a centre's Windows reception PC.
; Build with build.ps1, which passes the version read from desk_app/__init__.py:
;   iscc /DAppVersion=0.1.0 installer\windows\desk-app.iss
; Installs per user (no administrator needed), in Dutch, with Start menu and desktop
; shortcuts and two scheduled tasks: the nightly backup and the nightly `desk-app sync`.
; The uninstaller removes the program and the tasks; the data folder
; (%LOCALAPPDATA%\desk-app: database, backups, logs) is never touched.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z desk-app.iss
#endif

#define AppName "Balie"
#define GuiExe "desk-app-gui.exe"
#define SyncTask "desk-app nachtelijke synchronisatie"
#define BackupTask "desk-app nachtelijke reservekopie"

[Setup]
AppId={{6F7C2E1A-4B1D-4E63-9B0E-5D2A7C41B9A3}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=desk-app
DefaultDirName={localappdata}\Programs\desk-app
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
OutputDir=..\..\dist
OutputBaseFilename=desk-app-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#GuiExe}
CloseApplications=yes

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"

[Tasks]
Name: "desktopicon"; Description: "Snelkoppeling op het bureaublad"; GroupDescription: "Snelkoppelingen:"

[InstallDelete]
; An upgrade replaces the whole bundle: a file the new version no longer has (a renamed
; migration, a module moved elsewhere) must not stay behind beside the new ones, where
; Alembic would find two heads and the desk could not open its database.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\..\dist\desk-app\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#GuiExe}"
Name: "{group}\{#AppName} verwijderen"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; Tasks: desktopicon

[Run]
; The windowless program runs the tasks, so no console flashes up at night.
Filename: "schtasks.exe"; Parameters: "/Create /F /SC DAILY /ST {code:NightlyTime} /TN ""{#BackupTask}"" /TR ""'{app}\{#GuiExe}' backup"""; Flags: runhidden
Filename: "schtasks.exe"; Parameters: "/Create /F /SC DAILY /ST {code:NightlyTime} /TN ""{#SyncTask}"" /TR ""'{app}\{#GuiExe}' sync"""; Flags: runhidden
Filename: "{app}\{#GuiExe}"; Description: "De balie nu starten"; Flags: nowait postinstall skipifsilent

[UninstallRun]
Filename: "schtasks.exe"; Parameters: "/Delete /F /TN ""{#BackupTask}"""; Flags: runhidden; RunOnceId: "DeleteBackupTask"
Filename: "schtasks.exe"; Parameters: "/Delete /F /TN ""{#SyncTask}"""; Flags: runhidden; RunOnceId: "DeleteSyncTask"

[Code]
var
  TimePage: TInputQueryWizardPage;

procedure InitializeWizard;
begin
  TimePage := CreateInputQueryPage(wpSelectTasks,
    'Nachtelijke synchronisatie',
    'Op welke tijd stuurt de balie elke nacht zijn gegevens naar de centrale database?',
    'Kies een tijd waarop de pc meestal aan staat, bijvoorbeeld na sluitingstijd. ' +
    'Op dezelfde tijd wordt een reservekopie gemaakt.');
  TimePage.Add('Tijd (UU:MM):', False);
  TimePage.Values[0] := GetPreviousData('NightlyTime', '23:00');
end;

function IsTime(Value: String): Boolean;
var
  Hours, Minutes: Integer;
begin
  Result := (Length(Value) = 5) and (Value[3] = ':');
  if Result then
  begin
    Hours := StrToIntDef(Copy(Value, 1, 2), -1);
    Minutes := StrToIntDef(Copy(Value, 4, 2), -1);
    Result := (Hours >= 0) and (Hours <= 23) and (Minutes >= 0) and (Minutes <= 59);
  end;
end;

function NextButtonClick(CurPageID: Integer): Boolean;
begin
  Result := True;
  if (CurPageID = TimePage.ID) and not IsTime(TimePage.Values[0]) then
  begin
    MsgBox('Geef de tijd als UU:MM, bijvoorbeeld 23:00.', mbError, MB_OK);
    Result := False;
  end;
end;

procedure RegisterPreviousData(PreviousDataKey: Integer);
begin
  SetPreviousData(PreviousDataKey, 'NightlyTime', TimePage.Values[0]);
end;

function NightlyTime(Param: String): String;
begin
  Result := TimePage.Values[0];
end;
