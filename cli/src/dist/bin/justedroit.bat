@echo off
rem The justedroit command line of the distribution archive. Needs only a Java 17+ runtime:
rem the one in JAVA_HOME if set, else java on the PATH. Extra JVM options: JUSTEDROIT_JAVA_OPTS.
setlocal
set "HOME_DIR=%~dp0.."
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java") else (set "JAVA=java")
"%JAVA%" -Dfile.encoding=UTF-8 %JUSTEDROIT_JAVA_OPTS% -cp "%HOME_DIR%\lib\*" fr.justedroit.cli.Main %*
exit /b %ERRORLEVEL%
