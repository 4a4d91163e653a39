; Inno Setup script: per-user install of the one-folder bundle (no administrator rights).
; Build the bundle first on Windows:  python packaging\build.py --no-tar --no-deb
; then:  iscc /DAppVersion=0.1.0 packaging\windows\vibe-desktop.iss
; NOT BUILT OR TESTED on the Linux build machine: Inno Setup runs on Windows only.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "VIBE Desktop"
#define AppExe "vibe-desktop.exe"
#define Root ".." + "\" + ".."

[Setup]
AppId={{6C1B8E3A-4F7D-4C55-9E0B-2B1F5D7A9C41}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=VIBE Desktop developers
DefaultDirName={localappdata}\Programs\VIBE Desktop
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user: no UAC prompt, installs under %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir={#Root}\build\dist
OutputBaseFilename=vibe-desktop-{#AppVersion}-windows-setup
SetupIconFile={#Root}\build\icons\vibe-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Files]
Source: "{#Root}\build\dist\vibe-desktop\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{userprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Create a desktop shortcut"; Flags: unchecked

[Run]
; The same check the build runs: loads every report and renders every page, then exits.
Filename: "{app}\{#AppExe}"; Parameters: "--self-test"; Flags: runhidden waituntilterminated; StatusMsg: "Checking the installation..."
Filename: "{app}\{#AppExe}"; Description: "Start {#AppName}"; Flags: nowait postinstall skipifsilent
