<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../reader/gui/actions.py" line="46"/>
        <source>Open File…</source>
        <translation>파일 열기…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="47"/>
        <source>Open a saved web page or text file</source>
        <translation>저장한 웹 페이지나 텍스트 파일 열기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="49"/>
        <source>Open Address…</source>
        <translation>주소로 열기…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="50"/>
        <source>Open an article from a web address</source>
        <translation>웹 주소로 기사 열기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="52"/>
        <source>Open Recent</source>
        <translation>최근 기사</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="53"/>
        <source>Articles you opened recently</source>
        <translation>최근에 연 기사</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="56"/>
        <source>Read Aloud</source>
        <translation>기사 읽어주기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="57"/>
        <source>Read the article aloud</source>
        <translation>기사를 소리 내어 읽어 줍니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="60"/>
        <source>Listen Again</source>
        <translation>다시듣기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="61"/>
        <source>Read the article aloud again from the start</source>
        <translation>기사를 처음부터 다시 읽어 줍니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="63"/>
        <source>Previous Sentence</source>
        <translation>이전 문장</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="64"/>
        <source>Go back one sentence</source>
        <translation>한 문장 뒤로</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="66"/>
        <source>Repeat Sentence</source>
        <translation>문장 다시 듣기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="67"/>
        <source>Hear the current sentence again</source>
        <translation>지금 문장을 처음부터 다시 듣기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="69"/>
        <source>Next Sentence</source>
        <translation>다음 문장</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="70"/>
        <source>Skip to the next sentence</source>
        <translation>다음 문장으로 건너뛰기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="72"/>
        <source>Stop Reading</source>
        <translation>읽기 멈춤</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="73"/>
        <source>Stop reading aloud</source>
        <translation>소리 내어 읽기를 멈춤</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="75"/>
        <source>Slower</source>
        <translation>느리게</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="76"/>
        <source>Read more slowly</source>
        <translation>더 천천히 읽기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="77"/>
        <source>Faster</source>
        <translation>빠르게</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="78"/>
        <source>Read faster</source>
        <translation>더 빨리 읽기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="79"/>
        <source>Quieter</source>
        <translation>작게</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="80"/>
        <source>Lower the reading volume</source>
        <translation>읽기 음량 줄이기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="81"/>
        <source>Louder</source>
        <translation>크게</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="82"/>
        <source>Raise the reading volume</source>
        <translation>읽기 음량 키우기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="83"/>
        <source>Read From Here</source>
        <translation>여기부터 읽기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="84"/>
        <source>Read aloud from the cursor or the top of the view (or double-click a sentence)</source>
        <translation>커서나 화면 맨 위부터 읽기(문장을 두 번 눌러도 됩니다)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="86"/>
        <source>Back to Reading</source>
        <translation>읽는 곳으로</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="87"/>
        <source>Scroll back to the sentence being read</source>
        <translation>지금 읽는 문장으로 돌아가기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="89"/>
        <source>Close Player</source>
        <translation>재생 막대 닫기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="90"/>
        <source>Stop reading and hide the player bar</source>
        <translation>읽기를 멈추고 재생 막대 숨기기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="92"/>
        <source>Continue</source>
        <translation>이어 듣기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="93"/>
        <source>Continue where you stopped listening</source>
        <translation>듣다 멈춘 곳부터 이어 듣기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="96"/>
        <source>Larger Text</source>
        <translation>폰트 확대</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="97"/>
        <source>Make the text larger</source>
        <translation>글자를 크게</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="99"/>
        <source>Smaller Text</source>
        <translation>폰트 축소</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="100"/>
        <source>Make the text smaller</source>
        <translation>글자를 작게</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="102"/>
        <source>Default Text Size</source>
        <translation>기본 글자 크기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="103"/>
        <source>Return to the default text size</source>
        <translation>글자 크기를 기본값으로</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="106"/>
        <source>Print…</source>
        <translation>프린트하기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="107"/>
        <source>Print the article</source>
        <translation>기사 인쇄</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="110"/>
        <source>Print Selection…</source>
        <translation>선택 부분 인쇄…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="111"/>
        <source>Print only the selected text</source>
        <translation>선택한 부분만 인쇄합니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="113"/>
        <source>Export as PDF…</source>
        <translation>PDF로 저장…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="114"/>
        <source>Save the article as a PDF file</source>
        <translation>기사를 PDF 파일로 저장</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="116"/>
        <source>Export Audio…</source>
        <translation>음성 파일로 저장…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="117"/>
        <source>Save the article read aloud as an audio file</source>
        <translation>읽어 주는 소리를 음성 파일로 저장</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="120"/>
        <source>Save to Library</source>
        <translation>보관함에 저장</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="121"/>
        <source>Keep this article in your library to read offline</source>
        <translation>이 기사를 보관함에 저장해 인터넷 없이도 읽기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="124"/>
        <source>Listen Later</source>
        <translation>나중에 듣기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="125"/>
        <source>Save this article and add it to the listening queue</source>
        <translation>이 기사를 저장하고 듣기 목록에 넣기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="127"/>
        <source>Library</source>
        <translation>보관함</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="128"/>
        <source>Saved articles, listening queue and history</source>
        <translation>저장한 기사, 듣기 목록, 기록</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="131"/>
        <source>Reading Settings…</source>
        <translation>읽기 설정…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="132"/>
        <source>Type, colours, language and other settings</source>
        <translation>글자, 색상, 언어 등 설정</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="134"/>
        <source>Load Images</source>
        <translation>이미지 불러오기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="135"/>
        <source>Load the article&apos;s images (off: nothing remote is loaded)</source>
        <translation>기사 이미지 불러오기(끄면 외부 자료를 전혀 불러오지 않음)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="137"/>
        <source>Line Focus</source>
        <translation>줄 집중 보기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="138"/>
        <source>Dim all but the lines you are reading; Up and Down move them</source>
        <translation>읽고 있는 줄만 밝게 두고 나머지는 흐리게 합니다. 위·아래 화살표로 옮깁니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="140"/>
        <source>Full Screen</source>
        <translation>전체 화면</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="141"/>
        <source>Show only the article, filling the screen</source>
        <translation>화면 가득 기사만 보기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="143"/>
        <source>Copy Article Text</source>
        <translation>기사 본문 복사</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="144"/>
        <source>Copy the whole article as plain text</source>
        <translation>기사 전체를 텍스트로 복사</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="147"/>
        <source>Keyboard Shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="148"/>
        <source>List every keyboard shortcut</source>
        <translation>모든 단축키 보기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="150"/>
        <source>Show Log</source>
        <translation>로그 보기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="151"/>
        <source>What the program noted while running, for reporting a problem</source>
        <translation>프로그램이 실행 중에 남긴 기록입니다. 문제를 알릴 때 함께 보내 주세요</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="153"/>
        <source>About Article Reader</source>
        <translation>기사 리더 정보</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="154"/>
        <source>Version and licence</source>
        <translation>버전과 사용권</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="155"/>
        <source>Quit</source>
        <translation>끝내기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="155"/>
        <source>Close the reader</source>
        <translation>기사 리더 닫기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="198"/>
        <source>read-aloud</source>
        <translation>읽어주기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="199"/>
        <source>printing</source>
        <translation>인쇄</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="200"/>
        <source>library</source>
        <translation>보관함</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="202"/>
        <source>Not available: the {feature} part is not installed in this build</source>
        <translation>사용할 수 없음: 이 설치본에는 {feature} 기능이 없습니다</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../reader/gui/window/help.py" line="122"/>
        <source>Keyboard Shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/help.py" line="111"/>
        <source>Larger or smaller text</source>
        <translation>글자 크게 또는 작게</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/help.py" line="111"/>
        <source>Mouse wheel</source>
        <translation>마우스 휠</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/help.py" line="114"/>
        <source>Scroll down a page</source>
        <translation>한 화면 아래로</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/help.py" line="115"/>
        <source>Scroll up a page</source>
        <translation>한 화면 위로</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/help.py" line="125"/>
        <source>or</source>
        <translation>또는</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/help.py" line="127"/>
        <source>Keyboard shortcuts</source>
        <translation>단축키 목록</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/help.py" line="128"/>
        <source>Command</source>
        <translation>명령</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/help.py" line="128"/>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/help.py" line="155"/>
        <location filename="../../reader/gui/window/help.py" line="166"/>
        <source>Log</source>
        <translation>로그</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/help.py" line="157"/>
        <source>The log is kept in {path}</source>
        <translation>로그 파일 위치: {path}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/help.py" line="168"/>
        <source>Nothing has been logged yet.</source>
        <translation>아직 남은 기록이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/help.py" line="172"/>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/help.py" line="175"/>
        <source>Open Folder</source>
        <translation>폴더 열기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/help.py" line="187"/>
        <source>About Article Reader</source>
        <translation>기사 리더 정보</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/help.py" line="190"/>
        <source>Article Reader {version}

Shows only the article, in calm adjustable type; prints it and reads it aloud. Nothing from a page is run, and nothing remote is loaded unless you turn images on.

MIT licence.</source>
        <translation>기사 리더 {version}

기사만 골라 편안하고 조절할 수 있는 글자로 보여 주고, 인쇄하고, 소리 내어 읽어 줍니다. 페이지의 코드는 실행하지 않으며, 이미지를 켜지 않는 한 외부 자료를 불러오지 않습니다.

MIT 사용권.</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <location filename="../../reader/gui/library/__init__.py" line="30"/>
        <location filename="../../reader/gui/library/__init__.py" line="35"/>
        <source>Library</source>
        <translation>보관함</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/feature.py" line="66"/>
        <location filename="../../reader/gui/library/feature.py" line="111"/>
        <source>There is no article to save yet.</source>
        <translation>아직 저장할 기사가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/feature.py" line="85"/>
        <source>Updated the saved copy of “{title}”.</source>
        <translation>저장해 둔 “{title}”을(를) 새로 고쳤습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/feature.py" line="87"/>
        <source>Saved “{title}” to the library; it opens offline from now on.</source>
        <translation>“{title}”을(를) 보관함에 저장했습니다. 이제 인터넷 없이도 열립니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/feature.py" line="89"/>
        <source>Saved “{title}” to the library (the original page could not be kept).</source>
        <translation>“{title}”을(를) 보관함에 저장했습니다(원래 페이지는 보관하지 못했습니다).</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/feature.py" line="95"/>
        <location filename="../../reader/gui/library/feature.py" line="215"/>
        <source>Undo</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/feature.py" line="99"/>
        <source>Show Library</source>
        <translation>보관함 보기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/feature.py" line="132"/>
        <source>Added “{title}” to the listening queue.</source>
        <translation>“{title}”을(를) 듣기 목록에 넣었습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/feature.py" line="204"/>
        <source>Removed from the library.</source>
        <translation>보관함에서 뺐습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/feature.py" line="208"/>
        <source>Deleted “{title}”.</source>
        <translation>“{title}”을(를) 지웠습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/feature.py" line="212"/>
        <source>Deleted {n} articles.</source>
        <translation>기사 {n}개를 지웠습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/feature.py" line="231"/>
        <source>Restored {n} article(s).</source>
        <translation>기사 {n}개를 되살렸습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/feature.py" line="256"/>
        <source>Imported {n} article(s).</source>
        <translation>기사 {n}개를 가져왔습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/feature.py" line="259"/>
        <source>Skipped {n} file(s), for example {name}: {reason}</source>
        <translation>파일 {n}개를 건너뛰었습니다. 예: {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/feature.py" line="265"/>
        <source>Importing pages from {folder}…</source>
        <translation>{folder}에서 페이지를 가져오는 중…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/feature.py" line="274"/>
        <source>Exported {n} file(s) to {folder}.</source>
        <translation>파일 {n}개를 {folder}에 내보냈습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/feature.py" line="285"/>
        <source>Re-extracted {n} article(s).</source>
        <translation>기사 {n}개를 다시 추출했습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/feature.py" line="287"/>
        <source>{n} had no saved page.</source>
        <translation>{n}개는 저장된 페이지가 없었습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/feature.py" line="289"/>
        <source>{n} kept their old text.</source>
        <translation>{n}개는 예전 글을 그대로 두었습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="114"/>
        <source>read</source>
        <translation>읽음</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="114"/>
        <source>unread</source>
        <translation>안 읽음</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="136"/>
        <source>{n} min</source>
        <translation>{n}분</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="176"/>
        <source>Nothing found for “{query}”.</source>
        <translation>“{query}”(으)로 찾은 기사가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="177"/>
        <source>The search looks in headlines and article text. Check the spelling, or try a shorter word or fewer words.</source>
        <translation>제목과 본문에서 찾습니다. 맞춤법을 확인하거나 더 짧은 낱말, 더 적은 낱말로 찾아 보세요.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="183"/>
        <source>Only the articles the filters above let through are searched.</source>
        <translation>위의 거르기 조건에 맞는 기사 안에서만 찾습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="187"/>
        <source>No saved article matches these filters.</source>
        <translation>이 조건에 맞는 저장한 기사가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="188"/>
        <source>Show all articles to see the whole library.</source>
        <translation>모든 기사를 보려면 전체 보기를 누르세요.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="190"/>
        <source>No saved articles yet.</source>
        <translation>아직 저장한 기사가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="193"/>
        <source>Save the article you are reading with {command} ({keys}): it is kept here and opens even without a connection. {later} saves it and adds it to the listening queue.</source>
        <translation>읽고 있는 기사를 {command}({keys})로 저장하면 여기에 보관되고, 인터넷에 연결되지 않아도 열 수 있습니다. {later}는 기사를 저장하고 듣기 목록에 넣습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="199"/>
        <source>Clear Search</source>
        <translation>검색 지우기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="200"/>
        <source>Show All Articles</source>
        <translation>모든 기사 보기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="230"/>
        <source>Search headlines and text</source>
        <translation>제목과 본문 검색</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="231"/>
        <source>Search saved articles</source>
        <translation>저장한 기사 검색</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="235"/>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="236"/>
        <source>Unread</source>
        <translation>안 읽음</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="237"/>
        <source>Favourites</source>
        <translation>즐겨찾기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="238"/>
        <source>Show</source>
        <translation>보기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="241"/>
        <source>Newest first</source>
        <translation>최신순</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="242"/>
        <source>Recently opened</source>
        <translation>최근 연 순</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="243"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="244"/>
        <location filename="../../reader/gui/library/panel.py" line="256"/>
        <source>Site</source>
        <translation>사이트</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="245"/>
        <source>Best match</source>
        <translation>정확도순</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="248"/>
        <source>Sort by</source>
        <translation>정렬</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="254"/>
        <source>Tag</source>
        <translation>태그</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="262"/>
        <location filename="../../reader/gui/library/panel.py" line="394"/>
        <source>All tags</source>
        <translation>모든 태그</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="263"/>
        <location filename="../../reader/gui/library/panel.py" line="396"/>
        <source>All sites</source>
        <translation>모든 사이트</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="278"/>
        <source>Saved articles</source>
        <translation>저장한 기사</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="290"/>
        <location filename="../../reader/gui/library/panel.py" line="496"/>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="292"/>
        <source>Listen later</source>
        <translation>나중에 듣기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="293"/>
        <source>Add to the listening queue</source>
        <translation>듣기 목록에 추가</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="295"/>
        <location filename="../../reader/gui/library/panel.py" line="509"/>
        <source>Delete</source>
        <translation>지우기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="298"/>
        <source>More</source>
        <translation>더 보기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="302"/>
        <location filename="../../reader/gui/library/panel.py" line="303"/>
        <source>Saved</source>
        <translation>저장함</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="306"/>
        <location filename="../../reader/gui/library/panel.py" line="307"/>
        <location filename="../../reader/gui/library/queue.py" line="156"/>
        <source>Listening queue</source>
        <translation>듣기 목록</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="315"/>
        <source>Articles opened</source>
        <translation>열어 본 기사</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="321"/>
        <source>Save to library</source>
        <translation>보관함에 저장</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="323"/>
        <source>Clear history</source>
        <translation>기록 지우기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="326"/>
        <location filename="../../reader/gui/library/panel.py" line="327"/>
        <source>History</source>
        <translation>기록</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="399"/>
        <source>{n} found</source>
        <translation>{n}개 찾음</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="401"/>
        <source>{n} articles</source>
        <translation>기사 {n}개</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="469"/>
        <source>Added {n} article(s) to the listening queue.</source>
        <translation>기사 {n}개를 듣기 목록에 넣었습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="497"/>
        <source>Add to listening queue</source>
        <translation>듣기 목록에 추가</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="499"/>
        <source>Mark as read</source>
        <translation>읽음으로 표시</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="500"/>
        <source>Mark as unread</source>
        <translation>안 읽음으로 표시</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="501"/>
        <source>Add to favourites</source>
        <translation>즐겨찾기에 추가</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="502"/>
        <source>Remove from favourites</source>
        <translation>즐겨찾기에서 빼기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="503"/>
        <source>Tags…</source>
        <translation>태그…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="505"/>
        <source>Export as HTML and Markdown…</source>
        <translation>HTML과 마크다운으로 내보내기…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="506"/>
        <source>Extract again from the saved page</source>
        <translation>저장한 페이지에서 다시 추출</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="507"/>
        <source>Import a folder of saved pages…</source>
        <translation>저장한 페이지 폴더 가져오기…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="518"/>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="519"/>
        <source>Tags, separated by commas:</source>
        <translation>태그(쉼표로 구분):</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="540"/>
        <source>Export to folder</source>
        <translation>폴더로 내보내기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="553"/>
        <source>Import saved pages from a folder</source>
        <translation>폴더에서 저장한 페이지 가져오기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="604"/>
        <source>This history entry has no copy to show.</source>
        <translation>이 기록에는 보여 줄 사본이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="618"/>
        <source>That article is already saved.</source>
        <translation>이미 저장한 기사입니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="626"/>
        <source>Saved to the library.</source>
        <translation>보관함에 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/queue.py" line="66"/>
        <source>Read-aloud is not available, so the listening queue cannot play.</source>
        <translation>읽어주기를 쓸 수 없어 듣기 목록을 재생할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/queue.py" line="85"/>
        <source>The listening queue is empty.</source>
        <translation>듣기 목록이 비어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/queue.py" line="135"/>
        <source>Finished the listening queue.</source>
        <translation>듣기 목록을 모두 들었습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/queue.py" line="161"/>
        <location filename="../../reader/gui/library/queue.py" line="202"/>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/queue.py" line="165"/>
        <location filename="../../reader/gui/library/queue.py" line="166"/>
        <source>Move up</source>
        <translation>위로</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/queue.py" line="169"/>
        <location filename="../../reader/gui/library/queue.py" line="170"/>
        <source>Move down</source>
        <translation>아래로</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/queue.py" line="172"/>
        <source>Remove</source>
        <translation>빼기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/queue.py" line="202"/>
        <source>Stop</source>
        <translation>멈춤</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/queue.py" line="206"/>
        <source>Playing: {title}</source>
        <translation>재생 중: {title}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/queue.py" line="210"/>
        <source>Stopped in “{title}” at sentence {n}.</source>
        <translation>“{title}”의 {n}번째 문장에서 멈췄습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/queue.py" line="215"/>
        <source>{n} article(s) to listen to.</source>
        <translation>들을 기사 {n}개.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/queue.py" line="218"/>
        <source>Add articles with “Listen later” in the Saved tab.</source>
        <translation>저장함 탭의 “나중에 듣기”로 기사를 넣으세요.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/main_window.py" line="393"/>
        <source>Library: {reason}</source>
        <translation>보관함: {reason}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/main_window.py" line="397"/>
        <source>Library: unexpected error ({kind}). Details are in the log.</source>
        <translation>보관함: 예상하지 못한 오류({kind}). 자세한 내용은 로그에 있습니다.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../reader/gui/actions.py" line="164"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="167"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="170"/>
        <source>&amp;Read Aloud</source>
        <translation>읽어주기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="174"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="177"/>
        <source>&amp;Theme</source>
        <translation>테마(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="178"/>
        <source>Read-Aloud Options</source>
        <translation>읽어주기 옵션</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="179"/>
        <source>Open Recent</source>
        <translation>최근 기사</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="180"/>
        <source>Toolbar</source>
        <translation>도구 모음</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <location filename="../../reader/gui/i18n.py" line="47"/>
        <source>%n line(s) clear</source>
        <translation>
            <numerusform>%n줄 밝게</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/i18n.py" line="50"/>
        <source>Saved PDF: {path} (%n page(s))</source>
        <translation>
            <numerusform>PDF 저장: {path} (%n쪽)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Print</name>
    <message>
        <location filename="../../reader/gui/printing/controller.py" line="63"/>
        <source>Open an article first.</source>
        <translation>먼저 기사를 여세요.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/printing/controller.py" line="88"/>
        <source>No printer is installed on this computer. You can save the article as a PDF instead.</source>
        <translation>이 컴퓨터에 설치된 프린터가 없습니다. 대신 PDF로 저장할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/printing/controller.py" line="93"/>
        <source>Save as PDF…</source>
        <translation>PDF로 저장…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/printing/controller.py" line="94"/>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/printing/controller.py" line="148"/>
        <source>Export PDF</source>
        <translation>PDF로 내보내기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/printing/controller.py" line="150"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/printing/controller.py" line="184"/>
        <source>Print Preview</source>
        <translation>인쇄 미리 보기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/printing/controller.py" line="195"/>
        <source>Large print</source>
        <translation>큰 글씨</translation>
    </message>
    <message>
        <location filename="../../reader/gui/printing/controller.py" line="198"/>
        <source>Images</source>
        <translation>그림</translation>
    </message>
    <message>
        <location filename="../../reader/gui/printing/controller.py" line="201"/>
        <source>Selection only</source>
        <translation>선택 부분만</translation>
    </message>
    <message>
        <location filename="../../reader/gui/printing/controller.py" line="207"/>
        <source>Type size</source>
        <translation>글자 크기</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <location filename="../../reader/gui/speech/actions.py" line="100"/>
        <source>Highlight the Sentence Being Read</source>
        <translation>읽는 문장 강조</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/actions.py" line="101"/>
        <source>Underline Instead of Colour</source>
        <translation>색 대신 밑줄</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/actions.py" line="102"/>
        <source>Keep the Sentence in View</source>
        <translation>읽는 문장을 화면에 유지</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/actions.py" line="103"/>
        <source>Read Captions After Their Paragraph</source>
        <translation>사진 설명은 문단 뒤에 읽기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/actions.py" line="106"/>
        <source>Pause Between Paragraphs</source>
        <translation>문단 사이 쉼</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/actions.py" line="108"/>
        <source>{s} s</source>
        <translation>{s}초</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/actions.py" line="110"/>
        <source>{s} s (the shortest)</source>
        <translation>{s}초 (가장 짧게)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/actions.py" line="112"/>
        <source>{s} s (standard)</source>
        <translation>{s}초 (기본)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/actions.py" line="120"/>
        <location filename="../../reader/gui/speech/actions.py" line="121"/>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/actions.py" line="122"/>
        <source>Pause reading ({keys})</source>
        <translation>읽기 일시 정지({keys})</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/actions.py" line="126"/>
        <source>Resume</source>
        <translation>계속 읽기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/actions.py" line="130"/>
        <source>Read the article aloud ({keys})</source>
        <translation>기사를 소리 내어 읽어 줍니다({keys})</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/bar.py" line="38"/>
        <source>Automatic (Google, offline if it fails)</source>
        <translation>자동(Google, 안 되면 오프라인)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/bar.py" line="39"/>
        <source>Natural voice (Microsoft, online)</source>
        <translation>자연스러운 음성 (Microsoft, 온라인)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/bar.py" line="40"/>
        <source>Google (online)</source>
        <translation>Google(온라인)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/bar.py" line="41"/>
        <source>espeak-ng (offline)</source>
        <translation>espeak-ng(오프라인)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/bar.py" line="218"/>
        <source>Read-aloud player</source>
        <translation>읽어주기 재생 막대</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/bar.py" line="219"/>
        <source>Reading progress</source>
        <translation>읽기 진행 상황</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/bar.py" line="230"/>
        <source>Speed, volume, voice and options</source>
        <translation>속도, 음량, 음성과 옵션</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/bar.py" line="263"/>
        <location filename="../../reader/gui/speech/bar.py" line="343"/>
        <source>Sentence {n} of {total}</source>
        <translation>{total}문장 중 {n}번째</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/bar.py" line="220"/>
        <source>Speed</source>
        <translation>속도</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/bar.py" line="221"/>
        <source>Speech speed</source>
        <translation>읽기 속도</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/bar.py" line="222"/>
        <source>Volume</source>
        <translation>음량</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/bar.py" line="223"/>
        <source>Speech volume</source>
        <translation>읽기 음량</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/bar.py" line="224"/>
        <source>Voice</source>
        <translation>음성</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/bar.py" line="225"/>
        <source>Speech engine</source>
        <translation>음성 엔진</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/bar.py" line="229"/>
        <source>Options</source>
        <translation>옵션</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/controller.py" line="177"/>
        <source>This article has no text to read aloud.</source>
        <translation>이 기사에는 읽어 줄 글이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/controller.py" line="275"/>
        <source>Reading aloud stopped: {reason}</source>
        <translation>읽어주기가 멈췄습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/controller.py" line="374"/>
        <source>Read Aloud From Here</source>
        <translation>여기부터 읽어주기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/controller.py" line="402"/>
        <location filename="../../reader/gui/speech/export.py" line="109"/>
        <source>Open an article first.</source>
        <translation>먼저 기사를 여세요.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/controller.py" line="406"/>
        <source>No audio device: read-aloud can still export MP3.</source>
        <translation>오디오 장치가 없습니다. 대신 MP3로 저장할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/controller.py" line="408"/>
        <source>Export Audio…</source>
        <translation>음성 파일로 저장…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/controller.py" line="410"/>
        <source>No audio device</source>
        <translation>오디오 장치 없음</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/controller.py" line="416"/>
        <location filename="../../reader/gui/speech/controller.py" line="422"/>
        <source>Read aloud could not start: {reason}</source>
        <translation>읽어주기를 시작하지 못했습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/export.py" line="54"/>
        <location filename="../../reader/gui/speech/export.py" line="120"/>
        <source>Export Audio</source>
        <translation>음성 파일로 저장</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/export.py" line="58"/>
        <source>Preparing {name}…</source>
        <translation>{name} 준비 중…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/export.py" line="64"/>
        <source>Export progress</source>
        <translation>저장 진행 상황</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/export.py" line="77"/>
        <source>Reading sentence {done} of {total} into the file…</source>
        <translation>{total}문장 중 {done}번째 문장을 파일에 담는 중…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/export.py" line="122"/>
        <source>MP3 audio (*.mp3)</source>
        <translation>MP3 음성 (*.mp3)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/export.py" line="136"/>
        <source>Audio export is not part of this build.</source>
        <translation>이 설치본에는 음성 파일 저장 기능이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/export.py" line="190"/>
        <source>Audio export cancelled; nothing was written.</source>
        <translation>음성 파일 저장을 취소했습니다. 아무 파일도 쓰지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/export.py" line="201"/>
        <source>Saved {name} ({minutes}:{seconds:02d}, {count} sentences).</source>
        <translation>{name} 저장 완료({minutes}:{seconds:02d}, {count}문장).</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/export.py" line="215"/>
        <source>Audio export failed: {reason}</source>
        <translation>음성 파일 저장 실패: {reason}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/export.py" line="221"/>
        <source>Audio export failed: unexpected error ({kind}). Details are in the log.</source>
        <translation>음성 파일 저장 실패: 예상하지 못한 오류({kind}). 자세한 내용은 로그에 있습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/places.py" line="57"/>
        <source>You stopped listening at sentence {n} of {total}.</source>
        <translation>{total}문장 중 {n}번째 문장에서 듣기를 멈췄습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/places.py" line="64"/>
        <source>Continue</source>
        <translation>이어 듣기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/places.py" line="65"/>
        <source>Start Over</source>
        <translation>처음부터</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/places.py" line="81"/>
        <source>Continue from sentence {n}</source>
        <translation>{n}번째 문장부터 이어 듣기</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../reader/gui/window/settings_dialog.py" line="35"/>
        <source>Sans serif</source>
        <translation>고딕(산세리프)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/settings_dialog.py" line="36"/>
        <source>Serif</source>
        <translation>명조(세리프)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/settings_dialog.py" line="37"/>
        <source>Monospace</source>
        <translation>고정폭</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/settings_dialog.py" line="38"/>
        <source>Chosen family</source>
        <translation>직접 고른 글꼴</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/settings_dialog.py" line="235"/>
        <source>Reading Settings</source>
        <translation>읽기 설정</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/settings_dialog.py" line="237"/>
        <source>Text &amp;size</source>
        <translation>글자 크기(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/settings_dialog.py" line="238"/>
        <source>Font &amp;style</source>
        <translation>글꼴 종류(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/settings_dialog.py" line="239"/>
        <source>Font &amp;family</source>
        <translation>글꼴(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/settings_dialog.py" line="240"/>
        <source>&amp;Line height</source>
        <translation>줄 간격(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/settings_dialog.py" line="241"/>
        <source>Column &amp;width</source>
        <translation>본문 너비(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/settings_dialog.py" line="242"/>
        <source>&amp;Paragraph spacing</source>
        <translation>문단 간격(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/settings_dialog.py" line="243"/>
        <source>Le&amp;tter spacing</source>
        <translation>자간(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/settings_dialog.py" line="244"/>
        <source>W&amp;ord spacing</source>
        <translation>낱말 간격(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/settings_dialog.py" line="245"/>
        <source>&amp;Justify</source>
        <translation>양쪽 정렬(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/settings_dialog.py" line="246"/>
        <source>Line foc&amp;us</source>
        <translation>줄 집중 보기(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/settings_dialog.py" line="247"/>
        <source>&amp;Colours</source>
        <translation>색상(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/settings_dialog.py" line="248"/>
        <source>Lan&amp;guage</source>
        <translation>언어(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/settings_dialog.py" line="249"/>
        <source>&amp;Images</source>
        <translation>이미지(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/settings_dialog.py" line="254"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/settings_dialog.py" line="264"/>
        <source>Justify paragraphs to both edges</source>
        <translation>문단을 양쪽 끝에 맞춤</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/settings_dialog.py" line="266"/>
        <source>Load images from the web (off: nothing remote is loaded)</source>
        <translation>웹에서 이미지 불러오기(끄면 외부 자료를 전혀 불러오지 않음)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/settings_dialog.py" line="268"/>
        <source>Changes apply at once and are saved automatically.</source>
        <translation>바꾼 설정은 바로 적용되고 자동으로 저장됩니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/settings_dialog.py" line="270"/>
        <source>Restore defaults</source>
        <translation>기본값으로</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/settings_dialog.py" line="273"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/settings_dialog.py" line="280"/>
        <source>Off</source>
        <translation>끄기</translation>
    </message>
</context>
<context>
    <name>View</name>
    <message>
        <location filename="../../reader/gui/view/article_view.py" line="73"/>
        <source>Article text</source>
        <translation>기사 본문</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <location filename="../../reader/gui/app.py" line="103"/>
        <source>A part of the program ({name}) could not start; see the log.</source>
        <translation>프로그램의 일부({name})를 시작하지 못했습니다. 로그를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/chrome.py" line="21"/>
        <source>Follow the System</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/chrome.py" line="22"/>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/chrome.py" line="23"/>
        <source>Sepia</source>
        <translation>세피아</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/chrome.py" line="24"/>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/chrome.py" line="25"/>
        <source>High Contrast</source>
        <translation>고대비</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/chrome.py" line="31"/>
        <source>Icons and Text</source>
        <translation>아이콘과 글자</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/chrome.py" line="32"/>
        <source>Icons Only</source>
        <translation>아이콘만</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/chrome.py" line="33"/>
        <source>Text Only</source>
        <translation>글자만</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/chrome.py" line="149"/>
        <source>Main toolbar</source>
        <translation>주 도구 모음</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/main_window.py" line="249"/>
        <source>Show Log</source>
        <translation>로그 보기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/main_window.py" line="350"/>
        <source>The article text was copied.</source>
        <translation>기사 본문을 복사했습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/main_window.py" line="434"/>
        <source>{size} px</source>
        <translation>{size} px</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/main_window.py" line="435"/>
        <source>Text size {size} pixels</source>
        <translation>글자 크기 {size}픽셀</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/main_window.py" line="480"/>
        <source>Article Reader</source>
        <translation>기사 리더</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/main_window.py" line="496"/>
        <source>updated {date}</source>
        <translation>수정 {date}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/main_window.py" line="500"/>
        <source>Image not loaded (images are off)</source>
        <translation>이미지를 불러오지 않았습니다 (이미지 꺼짐)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/main_window.py" line="511"/>
        <source>No installed font covers Korean (Hangul), so Korean text may show as empty boxes. Install one: on Debian or Ubuntu run “sudo apt install fonts-noto-cjk” (or fonts-nanum); Windows and macOS include Korean fonts.</source>
        <translation>한글을 표시할 수 있는 글꼴이 설치되어 있지 않아 한글이 빈 네모로 보일 수 있습니다. 데비안이나 우분투에서는 “sudo apt install fonts-noto-cjk”(또는 fonts-nanum)로 설치하세요. 윈도와 macOS에는 한글 글꼴이 들어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/message_bar.py" line="67"/>
        <source>Message</source>
        <translation>알림</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/message_bar.py" line="68"/>
        <source>Close this message</source>
        <translation>이 알림 닫기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/message_bar.py" line="69"/>
        <source>Close message</source>
        <translation>알림 닫기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/message_bar.py" line="211"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/message_bar.py" line="212"/>
        <source>Cancel opening</source>
        <translation>열기 취소</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/message_bar.py" line="213"/>
        <source>Progress</source>
        <translation>진행 상황</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/opening.py" line="46"/>
        <source>Opening {source}…</source>
        <translation>{source} 여는 중…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/opening.py" line="54"/>
        <source>{kb} KB received</source>
        <translation>{kb}KB 받음</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/opening.py" line="93"/>
        <source>Opening was cancelled.</source>
        <translation>열기를 취소했습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/opening.py" line="123"/>
        <source>Show the page&apos;s text</source>
        <translation>페이지 글 보기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/opening.py" line="128"/>
        <source>No article found at {source}.</source>
        <translation>{source}에서 기사를 찾지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/opening.py" line="135"/>
        <source>Could not open {source}: {reason}</source>
        <translation>{source}을(를) 열지 못했습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/opening.py" line="143"/>
        <source>Could not open {source}: unexpected error ({kind}). Details are in the log.</source>
        <translation>{source}을(를) 열지 못했습니다: 예상하지 못한 오류({kind}). 자세한 내용은 로그에 있습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/opening.py" line="151"/>
        <source>Open a saved article</source>
        <translation>저장한 기사 열기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/opening.py" line="156"/>
        <source>Web pages and text (*.html *.htm *.xhtml *.mhtml *.mht *.txt)</source>
        <translation>웹 페이지와 텍스트 (*.html *.htm *.xhtml *.mhtml *.mht *.txt)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/opening.py" line="157"/>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/opening.py" line="172"/>
        <source>Open Address</source>
        <translation>주소로 열기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/opening.py" line="173"/>
        <source>Web address of the article:</source>
        <translation>기사의 웹 주소:</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/recent.py" line="60"/>
        <source>No recent articles</source>
        <translation>최근 기사 없음</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/recent.py" line="64"/>
        <source>Clear Recent</source>
        <translation>최근 목록 지우기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/recent.py" line="65"/>
        <source>Forget the articles opened (the history in the library)</source>
        <translation>열어 본 기사 목록(보관함의 기록)을 지웁니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/toolbar.py" line="121"/>
        <source>More</source>
        <translation>더 보기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/toolbar.py" line="123"/>
        <source>Commands that do not fit in the toolbar</source>
        <translation>도구 모음에 다 들어가지 않은 명령</translation>
    </message>
</context>
</TS>
