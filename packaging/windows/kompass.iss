; Inno Setup script: a per-user or machine installer for the PyInstaller folder app
; (dist\kompass\), with a Start-menu entry and the .kompass file association.
; Built by .github/workflows/release.yml:  iscc /DAppVersion=X.Y.Z packaging\windows\kompass.iss
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6C0B6E3E-5F1A-4C59-9E55-4B4F4D504B4F}
AppName=Kompass Desktop
AppVersion={#AppVersion}
AppPublisher=SKR
DefaultDirName={autopf}\Kompass Desktop
DefaultGroupName=Kompass Desktop
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=Kompass-Desktop-{#AppVersion}-setup
SetupIconFile=..\..\build\kompass.ico
UninstallDisplayIcon={app}\Kompass Desktop.exe
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "sv"; MessagesFile: "compiler:Languages\Swedish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\kompass\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Kompass Desktop"; Filename: "{app}\Kompass Desktop.exe"
Name: "{autodesktop}\Kompass Desktop"; Filename: "{app}\Kompass Desktop.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Registry]
; .kompass -> KompassDesktop.Evaluation, opened by the windowed exe (no console window).
Root: HKA; Subkey: "Software\Classes\.kompass"; ValueType: string; ValueName: ""; ValueData: "KompassDesktop.Evaluation"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\KompassDesktop.Evaluation"; ValueType: string; ValueName: ""; ValueData: "Kompass-utvärdering"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\KompassDesktop.Evaluation\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\Kompass Desktop.exe,0"
Root: HKA; Subkey: "Software\Classes\KompassDesktop.Evaluation\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\Kompass Desktop.exe"" ""%1"""

[Run]
Filename: "{app}\Kompass Desktop.exe"; Description: "{cm:LaunchProgram,Kompass Desktop}"; Flags: nowait postinstall skipifsilent
