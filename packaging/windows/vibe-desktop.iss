; Inno Setup script: per-user install of the one-folder bundle (no administrator rights).
; Build the bundle first on Windows:  python packaging\build.py --no-tar --no-deb
; then:  iscc /DAppVersion=0.1.0 packaging\windows\vibe-desktop.iss
; On Linux, packaging/windows/wine_build.py does both under Wine and smoke-tests the result
; (install, self-test, screenshot, uninstall): tests/packaging/windows/ runs it.
; File association: .vibe (a VIBE report file, the same YAML as data/reports/*.yaml) opens
; in VIBE Desktop; VIBE Desktop is also offered under "Open with" for .yaml files.
; Uninstalling keeps the user's notes, settings and added reports unless they say so: the
; interactive uninstaller asks; a silent one deletes them only with /DELETEUSERDATA=yes.

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
ChangesAssociations=yes

[Files]
Source: "{#Root}\build\dist\vibe-desktop\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Registry]
; HKA: HKCU for a per-user install, HKLM when installed for all users.
Root: HKA; Subkey: "Software\Classes\.vibe"; ValueType: string; ValueName: ""; ValueData: "VIBEDesktop.Report"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.vibe\OpenWithProgids"; ValueType: string; ValueName: "VIBEDesktop.Report"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.yaml\OpenWithProgids"; ValueType: string; ValueName: "VIBEDesktop.Report"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\VIBEDesktop.Report"; ValueType: string; ValueName: ""; ValueData: "VIBE report"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\VIBEDesktop.Report\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\VIBEDesktop.Report\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".vibe"; ValueData: ""; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".yaml"; ValueData: ""

[Icons]
Name: "{userprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Create a desktop shortcut"; Flags: unchecked

[Run]
; The same check the build runs: loads every report and renders every page, then exits.
Filename: "{app}\{#AppExe}"; Parameters: "--self-test"; Flags: runhidden waituntilterminated; StatusMsg: "Checking the installation..."
Filename: "{app}\{#AppExe}"; Description: "Start {#AppName}"; Flags: nowait postinstall skipifsilent

[Code]
// The user's files live outside the program's folder: notes and added reports in
// %APPDATA%\VIBE Desktop, settings and caches in %LOCALAPPDATA%\VIBE Desktop (Qt's folders).
function DeleteUserData(): Boolean;
begin
  if UninstallSilent() then
    Result := CompareText(ExpandConstant('{param:DELETEUSERDATA|no}'), 'yes') = 0
  else
    Result := MsgBox('Also delete your notes, bookmarks, settings and added reports?' + #13#10 +
      'Choose No to keep them for a later installation.', mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DeleteUserData() then
  begin
    DelTree(ExpandConstant('{userappdata}\VIBE Desktop'), True, True, True);
    DelTree(ExpandConstant('{localappdata}\VIBE Desktop'), True, True, True);
  end;
end;
