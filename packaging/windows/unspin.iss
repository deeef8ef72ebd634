; Inno Setup 6.3+ script: a Windows installer for the PyInstaller bundle (dist\unspin).
;
; Build the bundle on Windows first (see packaging\README.md), then, from the repository root:
;   for /f %v in ('python -c "import unspin; print(unspin.__version__)"') do set V=%v
;   iscc /DAppVersion=%V% /DDistDir=%CD%\dist\unspin /O%CD%\dist packaging\windows\unspin.iss
; The version is passed in rather than written here: app\unspin\__init__.py is its only home.
; NOT TESTED: written and reviewed on Linux; no Windows machine was available.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z (python -c "import unspin; print(unspin.__version__)")
#endif
#ifndef DistDir
  #define DistDir "..\..\dist\unspin"
#endif
#define AppName "Unspin"
#define GuiExe "unspin-gui.exe"

[Setup]
; AppId identifies the product to Windows across versions (upgrades, uninstall): never change it.
AppId={{18BDA999-DB52-4417-9B28-2A846AD98FBC}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Unspin developers
VersionInfoVersion={#AppVersion}
VersionInfoDescription={#AppName} installer
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user install by default (no administrator rights needed); the user may choose all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputBaseFilename=unspin-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\resources\icons\unspin.ico
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#GuiExe}"; Comment: "Find and repair spun text"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; Tasks: desktopicon

[Registry]
; Offer Unspin in "Open with" for the document types it reads; it does not take over any type.
Root: HKA; Subkey: "Software\Classes\Applications\{#GuiExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#GuiExe}\DefaultIcon"; ValueType: string; ValueData: "{app}\{#GuiExe},0"
Root: HKA; Subkey: "Software\Classes\Applications\{#GuiExe}\shell\open\command"; ValueType: string; ValueData: """{app}\{#GuiExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#GuiExe}\SupportedTypes"; ValueType: string; ValueName: ".txt"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#GuiExe}\SupportedTypes"; ValueType: string; ValueName: ".md"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#GuiExe}\SupportedTypes"; ValueType: string; ValueName: ".docx"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#GuiExe}\SupportedTypes"; ValueType: string; ValueName: ".odt"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#GuiExe}\SupportedTypes"; ValueType: string; ValueName: ".pdf"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\.txt\OpenWithList\{#GuiExe}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\.md\OpenWithList\{#GuiExe}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\.docx\OpenWithList\{#GuiExe}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\.odt\OpenWithList\{#GuiExe}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\.pdf\OpenWithList\{#GuiExe}"; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
