<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../reader/gui/actions.py" line="45"/>
        <source>Open File…</source>
        <translation>파일 열기…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="46"/>
        <source>Open a saved web page or text file</source>
        <translation>저장한 웹 페이지나 텍스트 파일 열기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="48"/>
        <source>Open Address…</source>
        <translation>주소로 열기…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="49"/>
        <source>Open an article from a web address</source>
        <translation>웹 주소로 기사 열기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="51"/>
        <source>Open Recent</source>
        <translation>최근 기사</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="52"/>
        <source>Articles you opened recently</source>
        <translation>최근에 연 기사</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="55"/>
        <source>Read Aloud</source>
        <translation>기사 읽어주기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="56"/>
        <source>Read the article aloud</source>
        <translation>기사를 소리 내어 읽어 줍니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="59"/>
        <source>Listen Again</source>
        <translation>다시듣기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="60"/>
        <source>Read the article aloud again from the start</source>
        <translation>기사를 처음부터 다시 읽어 줍니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="62"/>
        <source>Previous Sentence</source>
        <translation>이전 문장</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="63"/>
        <source>Go back one sentence</source>
        <translation>한 문장 뒤로</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="65"/>
        <source>Repeat Sentence</source>
        <translation>문장 다시 듣기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="66"/>
        <source>Hear the current sentence again</source>
        <translation>지금 문장을 처음부터 다시 듣기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="68"/>
        <source>Next Sentence</source>
        <translation>다음 문장</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="69"/>
        <source>Skip to the next sentence</source>
        <translation>다음 문장으로 건너뛰기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="71"/>
        <source>Stop Reading</source>
        <translation>읽기 멈춤</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="72"/>
        <source>Stop reading aloud</source>
        <translation>소리 내어 읽기를 멈춤</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="74"/>
        <source>Slower</source>
        <translation>느리게</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="75"/>
        <source>Read more slowly</source>
        <translation>더 천천히 읽기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="76"/>
        <source>Faster</source>
        <translation>빠르게</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="77"/>
        <source>Read faster</source>
        <translation>더 빨리 읽기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="78"/>
        <source>Quieter</source>
        <translation>작게</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="79"/>
        <source>Lower the reading volume</source>
        <translation>읽기 음량 줄이기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="80"/>
        <source>Louder</source>
        <translation>크게</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="81"/>
        <source>Raise the reading volume</source>
        <translation>읽기 음량 키우기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="82"/>
        <source>Read From Here</source>
        <translation>여기부터 읽기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="83"/>
        <source>Read aloud from the cursor or the top of the view (or double-click a sentence)</source>
        <translation>커서나 화면 맨 위부터 읽기(문장을 두 번 눌러도 됩니다)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="85"/>
        <source>Back to Reading</source>
        <translation>읽는 곳으로</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="86"/>
        <source>Scroll back to the sentence being read</source>
        <translation>지금 읽는 문장으로 돌아가기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="88"/>
        <source>Close Player</source>
        <translation>재생 막대 닫기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="89"/>
        <source>Stop reading and hide the player bar</source>
        <translation>읽기를 멈추고 재생 막대 숨기기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="91"/>
        <source>Continue</source>
        <translation>이어 듣기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="92"/>
        <source>Continue where you stopped listening</source>
        <translation>듣다 멈춘 곳부터 이어 듣기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="95"/>
        <source>Larger Text</source>
        <translation>폰트 확대</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="96"/>
        <source>Make the text larger</source>
        <translation>글자를 크게</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="98"/>
        <source>Smaller Text</source>
        <translation>폰트 축소</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="99"/>
        <source>Make the text smaller</source>
        <translation>글자를 작게</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="101"/>
        <source>Default Text Size</source>
        <translation>기본 글자 크기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="102"/>
        <source>Return to the default text size</source>
        <translation>글자 크기를 기본값으로</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="105"/>
        <source>Print…</source>
        <translation>프린트하기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="106"/>
        <source>Print the article</source>
        <translation>기사 인쇄</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="109"/>
        <source>Print Selection…</source>
        <translation>선택 부분 인쇄…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="110"/>
        <source>Print only the selected text</source>
        <translation>선택한 부분만 인쇄합니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="112"/>
        <source>Export as PDF…</source>
        <translation>PDF로 저장…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="113"/>
        <source>Save the article as a PDF file</source>
        <translation>기사를 PDF 파일로 저장</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="115"/>
        <source>Export Audio…</source>
        <translation>음성 파일로 저장…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="116"/>
        <source>Save the article read aloud as an audio file</source>
        <translation>읽어 주는 소리를 음성 파일로 저장</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="119"/>
        <source>Save to Library</source>
        <translation>보관함에 저장</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="120"/>
        <source>Keep this article in your library to read offline</source>
        <translation>이 기사를 보관함에 저장해 인터넷 없이도 읽기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="123"/>
        <source>Listen Later</source>
        <translation>나중에 듣기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="124"/>
        <source>Save this article and add it to the listening queue</source>
        <translation>이 기사를 저장하고 듣기 목록에 넣기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="126"/>
        <source>Library</source>
        <translation>보관함</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="127"/>
        <source>Saved articles, listening queue and history</source>
        <translation>저장한 기사, 듣기 목록, 기록</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="130"/>
        <source>Reading Settings…</source>
        <translation>읽기 설정…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="131"/>
        <source>Type, colours, language and other settings</source>
        <translation>글자, 색상, 언어 등 설정</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="133"/>
        <source>Load Images</source>
        <translation>이미지 불러오기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="134"/>
        <source>Load the article&apos;s images (off: nothing remote is loaded)</source>
        <translation>기사 이미지 불러오기(끄면 외부 자료를 전혀 불러오지 않음)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="136"/>
        <source>Line Focus</source>
        <translation>줄 집중 보기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="137"/>
        <source>Dim all but the lines you are reading; Up and Down move them</source>
        <translation>읽고 있는 줄만 밝게 두고 나머지는 흐리게 합니다. 위·아래 화살표로 옮깁니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="139"/>
        <source>Full Screen</source>
        <translation>전체 화면</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="140"/>
        <source>Show only the article, filling the screen</source>
        <translation>화면 가득 기사만 보기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="142"/>
        <source>Copy Article Text</source>
        <translation>기사 본문 복사</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="143"/>
        <source>Copy the whole article as plain text</source>
        <translation>기사 전체를 텍스트로 복사</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="146"/>
        <source>Keyboard Shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="147"/>
        <source>List every keyboard shortcut</source>
        <translation>모든 단축키 보기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="149"/>
        <source>Show Log</source>
        <translation>로그 보기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="150"/>
        <source>What the program noted while running, for reporting a problem</source>
        <translation>프로그램이 실행 중에 남긴 기록입니다. 문제를 알릴 때 함께 보내 주세요</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="152"/>
        <source>About Article Reader</source>
        <translation>기사 리더 정보</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="153"/>
        <source>Version and licence</source>
        <translation>버전과 사용권</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="154"/>
        <source>Close the reader</source>
        <translation>기사 리더 닫기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="154"/>
        <source>Quit</source>
        <translation>끝내기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="197"/>
        <source>read-aloud</source>
        <translation>읽어주기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="198"/>
        <source>printing</source>
        <translation>인쇄</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="199"/>
        <source>library</source>
        <translation>보관함</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="201"/>
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
        <location filename="../../reader/gui/library/__init__.py" line="37"/>
        <source>Library</source>
        <translation>보관함</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/feature.py" line="67"/>
        <location filename="../../reader/gui/library/feature.py" line="117"/>
        <source>There is no article to save yet.</source>
        <translation>아직 저장할 기사가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/feature.py" line="89"/>
        <source>Updated the saved copy of “{title}”.</source>
        <translation>저장해 둔 “{title}”을(를) 새로 고쳤습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/feature.py" line="91"/>
        <source>Saved “{title}” to the library; it opens offline from now on.</source>
        <translation>“{title}”을(를) 보관함에 저장했습니다. 이제 인터넷 없이도 열립니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/feature.py" line="95"/>
        <source>Saved “{title}” to the library (the original page could not be kept).</source>
        <translation>“{title}”을(를) 보관함에 저장했습니다(원래 페이지는 보관하지 못했습니다).</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/feature.py" line="103"/>
        <location filename="../../reader/gui/library/feature.py" line="220"/>
        <source>Undo</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/feature.py" line="107"/>
        <source>Show Library</source>
        <translation>보관함 보기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/feature.py" line="139"/>
        <source>Added “{title}” to the listening queue.</source>
        <translation>“{title}”을(를) 듣기 목록에 넣었습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/feature.py" line="209"/>
        <source>Removed from the library.</source>
        <translation>보관함에서 뺐습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/feature.py" line="216"/>
        <source>Deleted “{title}”.</source>
        <translation>“{title}”을(를) 지웠습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/feature.py" line="217"/>
        <source>Deleted {n} articles.</source>
        <translation>기사 {n}개를 지웠습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/feature.py" line="237"/>
        <source>Restored {n} article(s).</source>
        <translation>기사 {n}개를 되살렸습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/feature.py" line="264"/>
        <source>Imported {n} article(s).</source>
        <translation>기사 {n}개를 가져왔습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/feature.py" line="268"/>
        <source>Skipped {n} file(s), for example {name}: {reason}</source>
        <translation>파일 {n}개를 건너뛰었습니다. 예: {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/feature.py" line="276"/>
        <source>Importing pages from {folder}…</source>
        <translation>{folder}에서 페이지를 가져오는 중…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/feature.py" line="285"/>
        <source>Exported {n} file(s) to {folder}.</source>
        <translation>파일 {n}개를 {folder}에 내보냈습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/feature.py" line="300"/>
        <source>Re-extracted {n} article(s).</source>
        <translation>기사 {n}개를 다시 추출했습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/feature.py" line="302"/>
        <source>{n} had no saved page.</source>
        <translation>{n}개는 저장된 페이지가 없었습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/feature.py" line="306"/>
        <source>{n} kept their old text.</source>
        <translation>{n}개는 예전 글을 그대로 두었습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/saved_list.py" line="77"/>
        <source>read</source>
        <translation>읽음</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/saved_list.py" line="77"/>
        <source>unread</source>
        <translation>안 읽음</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/saved_list.py" line="92"/>
        <source>{n} min</source>
        <translation>{n}분</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="209"/>
        <source>Search headlines and text</source>
        <translation>제목과 본문 검색</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="210"/>
        <source>Search saved articles</source>
        <translation>저장한 기사 검색</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="58"/>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="59"/>
        <source>Unread</source>
        <translation>안 읽음</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="60"/>
        <source>Favourites</source>
        <translation>즐겨찾기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="214"/>
        <source>Show</source>
        <translation>보기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="63"/>
        <source>Newest first</source>
        <translation>최신순</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="64"/>
        <source>Recently opened</source>
        <translation>최근 연 순</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="65"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="66"/>
        <location filename="../../reader/gui/library/panel.py" line="217"/>
        <source>Site</source>
        <translation>사이트</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="67"/>
        <source>Best match</source>
        <translation>정확도순</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/saved_list.py" line="140"/>
        <source>Nothing found for “{query}”.</source>
        <translation>“{query}”(으)로 찾은 기사가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/saved_list.py" line="141"/>
        <source>The search looks in headlines and article text. Check the spelling, or try a shorter word or fewer words.</source>
        <translation>제목과 본문에서 찾습니다. 맞춤법을 확인하거나 더 짧은 낱말, 더 적은 낱말로 찾아 보세요.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/saved_list.py" line="147"/>
        <source>Only the articles the filters above let through are searched.</source>
        <translation>위의 거르기 조건에 맞는 기사 안에서만 찾습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/saved_list.py" line="151"/>
        <source>No saved article matches these filters.</source>
        <translation>이 조건에 맞는 저장한 기사가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/saved_list.py" line="152"/>
        <source>Show all articles to see the whole library.</source>
        <translation>모든 기사를 보려면 전체 보기를 누르세요.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/saved_list.py" line="154"/>
        <source>No saved articles yet.</source>
        <translation>아직 저장한 기사가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/saved_list.py" line="156"/>
        <source>Save the article you are reading with {command} ({keys}): it is kept here and opens even without a connection. {later} saves it and adds it to the listening queue.</source>
        <translation>읽고 있는 기사를 {command}({keys})로 저장하면 여기에 보관되고, 인터넷에 연결되지 않아도 열 수 있습니다. {later}는 기사를 저장하고 듣기 목록에 넣습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/saved_list.py" line="162"/>
        <source>Clear Search</source>
        <translation>검색 지우기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/saved_list.py" line="163"/>
        <source>Show All Articles</source>
        <translation>모든 기사 보기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="215"/>
        <source>Sort by</source>
        <translation>정렬</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="216"/>
        <source>Tag</source>
        <translation>태그</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="218"/>
        <location filename="../../reader/gui/library/panel.py" line="303"/>
        <source>All tags</source>
        <translation>모든 태그</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="219"/>
        <location filename="../../reader/gui/library/panel.py" line="305"/>
        <source>All sites</source>
        <translation>모든 사이트</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="220"/>
        <source>Saved articles</source>
        <translation>저장한 기사</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="221"/>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="222"/>
        <source>Listen later</source>
        <translation>나중에 듣기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="223"/>
        <source>Add to the listening queue</source>
        <translation>듣기 목록에 추가</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="224"/>
        <source>Delete</source>
        <translation>지우기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="225"/>
        <source>More</source>
        <translation>더 보기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="226"/>
        <source>More for the selected articles</source>
        <translation>선택한 기사로 할 수 있는 다른 일</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="229"/>
        <source>Saved</source>
        <translation>저장함</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="229"/>
        <location filename="../../reader/gui/library/queue.py" line="184"/>
        <source>Listening queue</source>
        <translation>듣기 목록</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="233"/>
        <source>Articles opened</source>
        <translation>열어 본 기사</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="234"/>
        <source>Save to library</source>
        <translation>보관함에 저장</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="235"/>
        <source>Clear history</source>
        <translation>기록 지우기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="251"/>
        <source>{n} articles</source>
        <translation>기사 {n}개</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="408"/>
        <source>&amp;Open</source>
        <translation>열기(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="409"/>
        <source>Add to Listening &amp;Queue</source>
        <translation>듣기 목록에 추가(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="411"/>
        <source>Mark as &amp;Read</source>
        <translation>읽음으로 표시(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="412"/>
        <source>Mark as &amp;Unread</source>
        <translation>안 읽음으로 표시(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="413"/>
        <source>Add to &amp;Favourites</source>
        <translation>즐겨찾기에 추가(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="415"/>
        <source>Remove from Fa&amp;vourites</source>
        <translation>즐겨찾기에서 빼기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="417"/>
        <source>&amp;Tags…</source>
        <translation>태그(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="419"/>
        <source>&amp;Export as HTML and Markdown…</source>
        <translation>HTML과 마크다운으로 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="420"/>
        <source>Extract &amp;Again from the Saved Page</source>
        <translation>저장한 페이지에서 다시 추출(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="421"/>
        <source>&amp;Import a Folder of Saved Pages…</source>
        <translation>저장한 페이지 폴더 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="423"/>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="230"/>
        <source>History</source>
        <translation>기록</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="249"/>
        <source>{n} found</source>
        <translation>{n}개 찾음</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="375"/>
        <source>Added {n} article(s) to the listening queue.</source>
        <translation>기사 {n}개를 듣기 목록에 넣었습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="432"/>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="433"/>
        <source>Tags, separated by commas:</source>
        <translation>태그(쉼표로 구분):</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="455"/>
        <source>Export to folder</source>
        <translation>폴더로 내보내기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="468"/>
        <source>Import saved pages from a folder</source>
        <translation>폴더에서 저장한 페이지 가져오기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="519"/>
        <source>This history entry has no copy to show.</source>
        <translation>이 기록에는 보여 줄 사본이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="533"/>
        <source>That article is already saved.</source>
        <translation>이미 저장한 기사입니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/panel.py" line="541"/>
        <source>Saved to the library.</source>
        <translation>보관함에 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/queue.py" line="67"/>
        <source>Read-aloud is not available, so the listening queue cannot play.</source>
        <translation>읽어주기를 쓸 수 없어 듣기 목록을 재생할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/queue.py" line="88"/>
        <source>The listening queue is empty.</source>
        <translation>듣기 목록이 비어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/queue.py" line="138"/>
        <source>Finished the listening queue.</source>
        <translation>듣기 목록을 모두 들었습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/queue.py" line="186"/>
        <location filename="../../reader/gui/library/queue.py" line="218"/>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/queue.py" line="188"/>
        <source>Move up</source>
        <translation>위로</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/queue.py" line="189"/>
        <source>Move down</source>
        <translation>아래로</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/queue.py" line="192"/>
        <source>Remove</source>
        <translation>빼기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/queue.py" line="186"/>
        <location filename="../../reader/gui/library/queue.py" line="218"/>
        <source>Stop</source>
        <translation>멈춤</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/queue.py" line="222"/>
        <source>Playing: {title}</source>
        <translation>재생 중: {title}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/queue.py" line="226"/>
        <source>Stopped in “{title}” at sentence {n}.</source>
        <translation>“{title}”의 {n}번째 문장에서 멈췄습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/library/queue.py" line="234"/>
        <source>Add articles with “Listen later” in the Saved tab.</source>
        <translation>저장함 탭의 “나중에 듣기”로 기사를 넣으세요.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/main_window.py" line="396"/>
        <source>Library: {reason}</source>
        <translation>보관함: {reason}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/main_window.py" line="403"/>
        <source>Library: unexpected error ({kind}). Details are in the log.</source>
        <translation>보관함: 예상하지 못한 오류({kind}). 자세한 내용은 로그에 있습니다.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../reader/gui/actions.py" line="163"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="166"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="169"/>
        <source>&amp;Read Aloud</source>
        <translation>읽어주기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="173"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="176"/>
        <source>&amp;Theme</source>
        <translation>테마(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="177"/>
        <source>Read-Aloud Options</source>
        <translation>읽어주기 옵션</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="178"/>
        <source>Open Recent</source>
        <translation>최근 기사</translation>
    </message>
    <message>
        <location filename="../../reader/gui/actions.py" line="179"/>
        <source>Toolbar</source>
        <translation>도구 모음</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../reader/gui/wording.py" line="43"/>
        <source>no file or web address was given</source>
        <translation>파일이나 웹 주소를 주지 않았습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="44"/>
        <source>this is not a valid web address</source>
        <translation>올바른 웹 주소가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="45"/>
        <source>it points to a file on another computer ({host}), which cannot be read</source>
        <translation>다른 컴퓨터({host})에 있는 파일을 가리키므로 읽을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="48"/>
        <source>a “{scheme}:” address cannot be opened; give a web address (http or https), a saved page or a text file</source>
        <translation>“{scheme}:” 주소는 열 수 없습니다. 웹 주소(http, https), 저장한 페이지, 텍스트 파일 중 하나를 주세요</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="51"/>
        <source>there is no such file</source>
        <translation>그런 파일이 없습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="52"/>
        <source>you do not have permission to read this file</source>
        <translation>이 파일을 읽을 권한이 없습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="53"/>
        <source>this is a folder, not a file; choose a saved page (.html, .mhtml) or a text file</source>
        <translation>파일이 아니라 폴더입니다. 저장한 페이지(.html, .mhtml)나 텍스트 파일을 고르세요</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="56"/>
        <source>this is a named pipe, not a file</source>
        <translation>파일이 아니라 이름 있는 파이프입니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="57"/>
        <source>this is a device, not a file</source>
        <translation>파일이 아니라 장치입니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="58"/>
        <source>this is a socket, not a file</source>
        <translation>파일이 아니라 소켓입니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="59"/>
        <source>this is not an ordinary file</source>
        <translation>보통 파일이 아닙니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="60"/>
        <source>the file cannot be read</source>
        <translation>파일을 읽을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="61"/>
        <source>the file cannot be read: the disk reported an input/output error</source>
        <translation>파일을 읽을 수 없습니다. 디스크가 입출력 오류를 알렸습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="64"/>
        <source>there is no standard input to read</source>
        <translation>읽을 표준 입력이 없습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="65"/>
        <source>standard input is a terminal; pipe a page into it</source>
        <translation>표준 입력이 터미널입니다. 페이지를 파이프로 넘겨 주세요</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="68"/>
        <source>the page is larger than {limit_mb} MB, more than a news article can be; it was not read</source>
        <translation>페이지가 {limit_mb}MB보다 커서 뉴스 기사로 보기 어렵습니다. 읽지 않았습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="71"/>
        <location filename="../../reader/gui/wording.py" line="158"/>
        <source>the page is empty</source>
        <translation>페이지가 비어 있습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="72"/>
        <location filename="../../reader/gui/wording.py" line="160"/>
        <source>the page is nested too deeply to be read as an article</source>
        <translation>페이지 구조가 너무 깊이 겹쳐 있어 기사로 읽을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="73"/>
        <source>this is not a web page or a text file</source>
        <translation>웹 페이지나 텍스트 파일이 아닙니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="74"/>
        <source>this is a PDF document, not a web page; open it in a PDF viewer</source>
        <translation>웹 페이지가 아니라 PDF 문서입니다. PDF 보기 프로그램으로 여세요</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="77"/>
        <source>this is an image, not a web page</source>
        <translation>웹 페이지가 아니라 그림 파일입니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="78"/>
        <source>this is a sound file, not a web page</source>
        <translation>웹 페이지가 아니라 소리 파일입니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="79"/>
        <source>this is a video, not a web page</source>
        <translation>웹 페이지가 아니라 동영상입니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="80"/>
        <source>this is a compressed archive, not a web page; unpack it first</source>
        <translation>웹 페이지가 아니라 압축 파일입니다. 먼저 압축을 푸세요</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="83"/>
        <source>this is an office document or e-book, not a web page</source>
        <translation>웹 페이지가 아니라 문서 파일이나 전자책입니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="86"/>
        <source>this is a program, not a web page</source>
        <translation>웹 페이지가 아니라 프로그램입니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="87"/>
        <source>this is a database, not a web page</source>
        <translation>웹 페이지가 아니라 데이터베이스입니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="88"/>
        <source>this is a script or style sheet, not a web page</source>
        <translation>웹 페이지가 아니라 스크립트나 스타일시트입니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="91"/>
        <source>this is data for programs, not a web page</source>
        <translation>웹 페이지가 아니라 프로그램용 데이터입니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="92"/>
        <source>the page is compressed data that could not be unpacked</source>
        <translation>압축된 페이지를 풀 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="95"/>
        <source>the page was cut off before its end; try again</source>
        <translation>페이지가 끝까지 오지 않고 끊겼습니다. 다시 해 보세요</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="98"/>
        <source>this is not a usable MHTML archive (no web page in it)</source>
        <translation>쓸 수 있는 MHTML 묶음 파일이 아닙니다(안에 웹 페이지가 없습니다)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="99"/>
        <source>an unexpected error stopped the reading</source>
        <translation>예상하지 못한 오류로 읽기를 멈췄습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="100"/>
        <source>the page has more than {limit} elements, too many to read as an article</source>
        <translation>페이지의 요소가 {limit}개를 넘어 기사로 읽기에는 너무 많습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="103"/>
        <source>the article extractor cannot load its {module} library; reinstall the program (article-reader doctor checks it)</source>
        <translation>기사 추출기가 {module} 라이브러리를 불러오지 못했습니다. 프로그램을 다시 설치하세요(article-reader doctor로 확인할 수 있습니다)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="107"/>
        <source>the server {host} could not be found; check the address and your internet connection</source>
        <translation>서버 {host}을(를) 찾지 못했습니다. 주소와 인터넷 연결을 확인하세요</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="110"/>
        <source>{host} could not be reached; check your internet connection</source>
        <translation>{host}에 연결하지 못했습니다. 인터넷 연결을 확인하세요</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="113"/>
        <source>{host} could not be reached: this computer is not connected to a network</source>
        <translation>{host}에 연결하지 못했습니다. 이 컴퓨터가 네트워크에 연결되어 있지 않습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="116"/>
        <source>{host} refused the connection; the server may be down</source>
        <translation>{host}이(가) 연결을 거부했습니다. 서버가 멈춰 있을 수 있습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="117"/>
        <source>{host} did not answer within {timeout} seconds</source>
        <translation>{host}이(가) {timeout}초 안에 답하지 않았습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="118"/>
        <source>{host} is answering too slowly: the page did not arrive within {total} seconds</source>
        <translation>{host}의 응답이 너무 느립니다. {total}초 안에 페이지가 다 오지 않았습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="121"/>
        <source>{host} closed the connection before sending the whole page; try again</source>
        <translation>{host}이(가) 페이지를 다 보내기 전에 연결을 끊었습니다. 다시 해 보세요</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="124"/>
        <source>{host} sent an answer that is not a web page</source>
        <translation>{host}이(가) 웹 페이지가 아닌 응답을 보냈습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="125"/>
        <source>the secure connection to {host} failed: its certificate could not be trusted</source>
        <translation>{host}과(와)의 보안 연결에 실패했습니다. 인증서를 믿을 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="128"/>
        <source>{host} sent the page in a form that cannot be read</source>
        <translation>{host}이(가) 읽을 수 없는 형태로 페이지를 보냈습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="129"/>
        <source>{host} could not give the page (HTTP {status})</source>
        <translation>{host}이(가) 페이지를 주지 못했습니다(HTTP {status})</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="130"/>
        <source>{host} asks for a login (HTTP 401)</source>
        <translation>{host}이(가) 로그인을 요구합니다(HTTP 401)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="131"/>
        <source>{host} refused access to the page (HTTP 403)</source>
        <translation>{host}이(가) 페이지 접근을 거부했습니다(HTTP 403)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="132"/>
        <source>{host} has no page at this address (HTTP 404)</source>
        <translation>{host}에 이 주소의 페이지가 없습니다(HTTP 404)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="133"/>
        <source>{host} says the page has been removed (HTTP 410)</source>
        <translation>{host}에서 페이지가 삭제되었다고 합니다(HTTP 410)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="134"/>
        <source>{host} says too many requests were made; try again later (HTTP 429)</source>
        <translation>{host}에 요청이 너무 많았다고 합니다. 잠시 뒤에 다시 해 보세요(HTTP 429)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="137"/>
        <source>{host} had an internal problem (HTTP 500)</source>
        <translation>{host}에 내부 문제가 생겼습니다(HTTP 500)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="138"/>
        <source>{host} had an internal problem (HTTP 502)</source>
        <translation>{host}에 내부 문제가 생겼습니다(HTTP 502)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="139"/>
        <source>{host} is not available just now; try again later (HTTP 503)</source>
        <translation>{host}을(를) 지금은 쓸 수 없습니다. 잠시 뒤에 다시 해 보세요(HTTP 503)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="142"/>
        <source>{host} sent a redirect without saying where to (HTTP {status})</source>
        <translation>{host}이(가) 옮겨 갈 곳을 알리지 않고 다른 주소로 보내려 했습니다(HTTP {status})</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="145"/>
        <source>{host} keeps redirecting, so the page cannot be opened</source>
        <translation>{host}이(가) 계속 다른 주소로 보내서 페이지를 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="148"/>
        <source>{host} redirected to an address that is not valid</source>
        <translation>{host}이(가) 올바르지 않은 주소로 보냈습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="149"/>
        <source>{host} redirected to a “{scheme}:” address, which is not a web page</source>
        <translation>{host}이(가) 웹 페이지가 아닌 “{scheme}:” 주소로 보냈습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="152"/>
        <source>the page could not be loaded</source>
        <translation>페이지를 불러오지 못했습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="153"/>
        <source>the page could not be read</source>
        <translation>페이지를 읽지 못했습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="154"/>
        <source>an image is not fetched from this address</source>
        <translation>이 주소에서는 그림을 가져오지 않습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="155"/>
        <source>the server sent something other than an image</source>
        <translation>서버가 그림이 아닌 것을 보냈습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="157"/>
        <source>no article was found on this page</source>
        <translation>이 페이지에서 기사를 찾지 못했습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="159"/>
        <source>this is not a web page</source>
        <translation>웹 페이지가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="161"/>
        <source>opening was cancelled</source>
        <translation>열기를 취소했습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="163"/>
        <source>Some characters of this page could not be read as {encoding} and are shown as �.</source>
        <translation>이 페이지의 일부 글자를 {encoding}(으)로 읽지 못해 �로 표시했습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="173"/>
        <source>Some settings had values this program cannot use and were reset or brought into range: {names}.</source>
        <translation>쓸 수 없는 값이 있던 설정을 기본값이나 허용 범위로 바꿨습니다: {names}.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="176"/>
        <source>Settings cannot be saved to {folder}; changes last until the program closes.</source>
        <translation>설정을 {folder}에 저장할 수 없습니다. 바꾼 설정은 프로그램을 닫을 때까지만 유지됩니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="179"/>
        <source>The pronunciation dictionary could not be read; reading aloud goes on without it. It was kept as {kept_as}.</source>
        <translation>발음 사전을 읽을 수 없어 사전 없이 읽어 줍니다. 원래 파일은 {kept_as}(으)로 보관했습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="183"/>
        <source>The pronunciation dictionary could not be read; reading aloud goes on without it.</source>
        <translation>발음 사전을 읽을 수 없어 사전 없이 읽어 줍니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="189"/>
        <source>The data folder {folder} cannot be used; the library cannot keep articles.</source>
        <translation>데이터 폴더 {folder}을(를) 쓸 수 없습니다. 보관함에 기사를 저장할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="192"/>
        <source>The cache folder {folder} cannot be used; pages and speech are not kept for next time.</source>
        <translation>캐시 폴더 {folder}을(를) 쓸 수 없습니다. 페이지와 음성을 다음에 쓰도록 남겨 두지 못합니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="195"/>
        <source>The speech cache in {folder} cannot be used; sentences read now are not kept for next time.</source>
        <translation>{folder}의 음성 캐시를 쓸 수 없습니다. 지금 읽는 문장은 다음을 위해 남겨 두지 못합니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="199"/>
        <source>{path} could not be written</source>
        <translation>{path}에 쓰지 못했습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="200"/>
        <source>{path} could not be written: the disk is full</source>
        <translation>{path}에 쓰지 못했습니다. 디스크가 가득 찼습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="201"/>
        <source>{path} could not be written: the disk quota is used up</source>
        <translation>{path}에 쓰지 못했습니다. 디스크 할당량을 다 썼습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="202"/>
        <location filename="../../reader/gui/wording.py" line="205"/>
        <location filename="../../reader/gui/wording.py" line="215"/>
        <source>{path} could not be written: you do not have permission to write there</source>
        <translation>{path}에 쓰지 못했습니다. 그곳에 쓸 권한이 없습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="208"/>
        <source>{path} could not be written: the disk is read-only</source>
        <translation>{path}에 쓰지 못했습니다. 읽기 전용 디스크입니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="209"/>
        <source>{path} could not be written: the file name is too long</source>
        <translation>{path}에 쓰지 못했습니다. 파일 이름이 너무 깁니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="212"/>
        <source>{path} could not be written: the disk reported an input/output error</source>
        <translation>{path}에 쓰지 못했습니다. 디스크가 입출력 오류를 알렸습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="218"/>
        <source>{path} could not be written: the folder {folder} does not exist</source>
        <translation>{path}에 쓰지 못했습니다. {folder} 폴더가 없습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="221"/>
        <source>{path} is not a folder</source>
        <translation>{path}은(는) 폴더가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="222"/>
        <source>{path} could not be written: {folder} is a file, not a folder</source>
        <translation>{path}에 쓰지 못했습니다. {folder}은(는) 폴더가 아니라 파일입니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="223"/>
        <source>{path} is a folder; give a file name</source>
        <translation>{path}은(는) 폴더입니다. 파일 이름을 주세요</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="224"/>
        <source>{path} is a named pipe, not a file</source>
        <translation>{path}은(는) 파일이 아니라 이름 있는 파이프입니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="225"/>
        <source>{path} is a device, not a file</source>
        <translation>{path}은(는) 파일이 아니라 장치입니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="226"/>
        <source>{path} is a socket, not a file</source>
        <translation>{path}은(는) 파일이 아니라 소켓입니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="227"/>
        <source>{path} is not an ordinary file</source>
        <translation>{path}은(는) 보통 파일이 아닙니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="228"/>
        <source>{path} is the page being read; give the output another name</source>
        <translation>{path}은(는) 지금 읽고 있는 페이지입니다. 결과 파일에 다른 이름을 주세요</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="231"/>
        <source>{path} is one of article-reader&apos;s own files (the library or the settings); give the output another name</source>
        <translation>{path}은(는) article-reader가 쓰는 파일(보관함 또는 설정)입니다. 다른 이름으로 저장하세요</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="234"/>
        <source>the file could not be written</source>
        <translation>파일을 쓰지 못했습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="235"/>
        <source>“{format}” is not an export format; use HTML or Markdown</source>
        <translation>“{format}”(으)로는 내보낼 수 없습니다. HTML이나 Markdown을 쓰세요</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="236"/>
        <source>{folder} is not a folder</source>
        <translation>{folder}은(는) 폴더가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="238"/>
        <source>the library could not be used</source>
        <translation>보관함을 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="239"/>
        <source>the library {path} could not be used</source>
        <translation>보관함 {path}을(를) 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="240"/>
        <source>the library is closed</source>
        <translation>보관함이 닫혀 있습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="241"/>
        <source>the library is in use by another window or program; try again</source>
        <translation>다른 창이나 프로그램이 보관함을 쓰고 있습니다. 다시 해 보세요</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="244"/>
        <source>the disk holding the library is full; nothing was changed</source>
        <translation>보관함이 있는 디스크가 가득 찼습니다. 아무것도 바꾸지 않았습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="245"/>
        <source>the library {path} can only be read here: saved articles open, but nothing can be saved</source>
        <translation>보관함 {path}은(는) 여기서 읽기만 할 수 있습니다. 저장한 기사는 열리지만 새로 저장할 수는 없습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="248"/>
        <source>the library {path} needs an update this program cannot write here, so it is not opened</source>
        <translation>보관함 {path}을(를) 새 형식으로 바꿔야 하는데 여기서는 쓸 수 없어 열지 않았습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="251"/>
        <source>the library {path} cannot be written</source>
        <translation>보관함 {path}에 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="252"/>
        <source>the library {path} cannot be opened</source>
        <translation>보관함 {path}을(를) 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="253"/>
        <source>the folder of the library {path} cannot be used</source>
        <translation>보관함 {path}의 폴더를 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="167"/>
        <source>The settings file could not be read; defaults are in use. It was kept as {kept_as}.</source>
        <translation>설정 파일을 읽지 못해 기본 설정을 쓰고 있습니다. 원래 파일은 {kept_as}(으)로 보관했습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="170"/>
        <source>The settings file could not be read; defaults are in use.</source>
        <translation>설정 파일을 읽지 못해 기본 설정을 쓰고 있습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="186"/>
        <source>The config folder {folder} cannot be used; settings last until the program closes.</source>
        <translation>설정 폴더 {folder}을(를) 쓸 수 없습니다. 설정은 프로그램을 닫을 때까지만 유지됩니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="254"/>
        <source>the library {path} is damaged; it was left untouched — move it aside to start a new library</source>
        <translation>보관함 {path}이(가) 손상되었습니다. 손대지 않고 두었으니, 새 보관함을 시작하려면 그 파일을 다른 곳으로 옮기세요</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="260"/>
        <source>{path} is a database, but not this program&apos;s library; it was left untouched</source>
        <translation>{path}은(는) 데이터베이스이지만 이 프로그램의 보관함이 아닙니다. 손대지 않고 두었습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="263"/>
        <source>the library {path} was written by a newer version of this program; update it to open the library</source>
        <translation>보관함 {path}은(는) 이 프로그램의 새 버전이 만든 것입니다. 프로그램을 업데이트한 뒤 여세요</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="266"/>
        <source>no saved article has the number {id}</source>
        <translation>{id}번 저장 기사가 없습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="267"/>
        <source>that history entry is gone</source>
        <translation>그 기록은 이미 없습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="268"/>
        <source>that history entry has nothing left to save</source>
        <translation>그 기록에는 저장할 내용이 남아 있지 않습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="269"/>
        <source>some articles were already deleted</source>
        <translation>일부 기사는 이미 지워졌습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="270"/>
        <source>the library cannot be sorted that way</source>
        <translation>보관함을 그렇게 정렬할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="273"/>
        <source>{cause}; reading with the offline voice (espeak-ng) instead.</source>
        <translation>{cause}. 대신 오프라인 음성(espeak-ng)으로 읽습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="279"/>
        <source>Google&apos;s voice cannot be reached (no connection, or it took too long)</source>
        <translation>Google 음성에 연결할 수 없습니다(연결이 없거나 너무 오래 걸림)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="290"/>
        <source>Google&apos;s voice answered without sound</source>
        <translation>Google 음성이 소리 없이 답했습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="295"/>
        <source>Google&apos;s voice is resting after repeated failures (it is tried again in {seconds} s)</source>
        <translation>Google 음성이 거듭 실패해 잠시 쉬고 있습니다({seconds}초 뒤에 다시 시도)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="300"/>
        <source>the offline voice is not installed (install the espeak-ng package)</source>
        <translation>오프라인 음성이 설치되어 있지 않습니다(espeak-ng 패키지를 설치하세요)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="302"/>
        <source>the offline voice (espeak-ng) failed</source>
        <translation>오프라인 음성(espeak-ng)이 실패했습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="305"/>
        <source>there is nothing to say</source>
        <translation>읽을 내용이 없습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="306"/>
        <source>the voice changed while reading; try again</source>
        <translation>읽는 도중에 음성이 바뀌었습니다. 다시 해 보세요</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="301"/>
        <source>the voice failed</source>
        <translation>음성이 실패했습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="257"/>
        <source>{path} is not a library file (a folder or a named pipe stands there); move it aside to start a new library</source>
        <translation>{path}은(는) 보관함 파일이 아닙니다(폴더나 이름 있는 파이프가 있습니다). 새 보관함을 시작하려면 다른 곳으로 옮기세요</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="272"/>
        <source>{cause}; reading with another voice instead.</source>
        <translation>{cause}. 대신 다른 음성으로 읽습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="274"/>
        <source>{cause}; reading with Google&apos;s voice instead.</source>
        <translation>{cause}. 대신 Google 음성으로 읽습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="275"/>
        <source>The voice answers again; reading with it.</source>
        <translation>음성이 다시 응답합니다. 이 음성으로 읽습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="276"/>
        <source>Google&apos;s voice answers again; reading with it.</source>
        <translation>Google 음성이 다시 응답합니다. 이 음성으로 읽습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="277"/>
        <source>The natural voice (Microsoft) answers again; reading with it.</source>
        <translation>자연스러운 음성(Microsoft)이 다시 응답합니다. 이 음성으로 읽습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="278"/>
        <source>the voice cannot be reached (no connection, or it took too long)</source>
        <translation>음성에 연결할 수 없습니다(연결이 없거나 너무 오래 걸림)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="280"/>
        <source>the natural voice (Microsoft) cannot be reached (no connection, or it took too long)</source>
        <translation>자연스러운 음성(Microsoft)에 연결할 수 없습니다(연결이 없거나 너무 오래 걸림)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="281"/>
        <source>the voice did not answer in time</source>
        <translation>음성이 제때 응답하지 않았습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="282"/>
        <source>the natural voice (Microsoft) did not answer in time</source>
        <translation>자연스러운 음성(Microsoft)이 제때 응답하지 않았습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="283"/>
        <source>the voice refused the request</source>
        <translation>음성이 요청을 거부했습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="284"/>
        <source>Google&apos;s voice refused the request</source>
        <translation>Google 음성이 요청을 거부했습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="285"/>
        <source>the natural voice (Microsoft) refused the request</source>
        <translation>자연스러운 음성(Microsoft)이 요청을 거부했습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="286"/>
        <source>the voice&apos;s server had a problem</source>
        <translation>음성 서버에 문제가 생겼습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="287"/>
        <source>Google&apos;s voice had a problem on its server</source>
        <translation>Google 음성 서버에 문제가 생겼습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="288"/>
        <source>the natural voice (Microsoft) had a problem on its server</source>
        <translation>자연스러운 음성(Microsoft) 서버에 문제가 생겼습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="289"/>
        <source>the voice answered without sound</source>
        <translation>음성이 소리 없이 응답했습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="291"/>
        <source>the natural voice (Microsoft) answered without sound</source>
        <translation>자연스러운 음성(Microsoft)이 소리 없이 응답했습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="292"/>
        <source>the voice&apos;s connection dropped while it spoke</source>
        <translation>음성이 말하는 도중에 연결이 끊겼습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="293"/>
        <source>the voice sent an answer that cannot be used</source>
        <translation>음성이 쓸 수 없는 응답을 보냈습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="294"/>
        <source>the voice is resting after repeated failures (it is tried again in {seconds} s)</source>
        <translation>음성이 거듭 실패해 잠시 쉬고 있습니다({seconds}초 뒤에 다시 시도)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="296"/>
        <source>the natural voice (Microsoft) is resting after repeated failures (it is tried again in {seconds} s)</source>
        <translation>자연스러운 음성(Microsoft)이 거듭 실패해 잠시 쉬고 있습니다({seconds}초 뒤에 다시 시도)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="297"/>
        <source>the address set for the natural voice is not a WebSocket address</source>
        <translation>자연스러운 음성에 설정한 주소가 웹소켓 주소가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="298"/>
        <source>this voice does not speak the article&apos;s language ({lang})</source>
        <translation>이 음성은 기사의 언어({lang})를 읽지 못합니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="299"/>
        <source>there is no natural voice called “{voice}”</source>
        <translation>“{voice}”(이)라는 자연스러운 음성은 없습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="303"/>
        <source>the natural voice (Microsoft) failed</source>
        <translation>자연스러운 음성(Microsoft)이 실패했습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="304"/>
        <source>there is no speech engine called “{name}”</source>
        <translation>“{name}”(이)라는 음성 엔진은 없습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="307"/>
        <source>the sentence could not be turned into speech</source>
        <translation>문장을 음성으로 바꾸지 못했습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="308"/>
        <source>playing the sound failed</source>
        <translation>소리를 재생하지 못했습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="309"/>
        <source>sox or ffmpeg is needed to process sound (install the sox package)</source>
        <translation>소리를 처리하려면 sox나 ffmpeg가 필요합니다(sox 패키지를 설치하세요)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="310"/>
        <source>the sound tool {tool} failed</source>
        <translation>소리 도구 {tool}이(가) 실패했습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="311"/>
        <source>no MP3 encoder was found (install lame or ffmpeg)</source>
        <translation>MP3 인코더를 찾지 못했습니다(lame이나 ffmpeg를 설치하세요)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="312"/>
        <source>the article has no text to read aloud</source>
        <translation>기사에 읽어 줄 글이 없습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="313"/>
        <source>the export was cancelled; nothing was written</source>
        <translation>저장을 취소했습니다. 아무것도 쓰지 않았습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="314"/>
        <source>there is no sound device; read-aloud can still export MP3</source>
        <translation>소리 장치가 없습니다. 그래도 MP3로 저장할 수는 있습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="315"/>
        <source>a sound clip ({name}) could not be played</source>
        <translation>소리 조각({name})을 재생하지 못했습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="317"/>
        <source>There is nothing to print: this article has no text.</source>
        <translation>인쇄할 것이 없습니다. 이 기사에는 글이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="318"/>
        <source>There is nothing to print: the selection has no text.</source>
        <translation>인쇄할 것이 없습니다. 선택한 부분에 글이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="319"/>
        <source>The margins leave no room for text on this paper size.</source>
        <translation>이 용지 크기에서는 여백 때문에 글이 들어갈 자리가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="320"/>
        <source>The printer or file could not be opened for writing.</source>
        <translation>프린터나 파일을 쓰려고 열지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="321"/>
        <source>the image could not be decoded</source>
        <translation>그림을 해독하지 못했습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="322"/>
        <source>something went wrong</source>
        <translation>문제가 생겼습니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="348"/>
        <source>text size</source>
        <translation>글자 크기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="349"/>
        <source>font</source>
        <translation>글꼴</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="350"/>
        <source>font style</source>
        <translation>글꼴 종류</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="351"/>
        <source>line height</source>
        <translation>줄 간격</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="352"/>
        <source>column width</source>
        <translation>본문 너비</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="353"/>
        <source>justified text</source>
        <translation>양쪽 정렬</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="354"/>
        <source>paragraph spacing</source>
        <translation>문단 간격</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="355"/>
        <source>letter spacing</source>
        <translation>자간</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="356"/>
        <source>word spacing</source>
        <translation>낱말 간격</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="357"/>
        <source>line focus</source>
        <translation>줄 집중 보기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="358"/>
        <source>lines in focus</source>
        <translation>집중해 보는 줄 수</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="359"/>
        <source>colours</source>
        <translation>색상</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="360"/>
        <source>interface language</source>
        <translation>화면 언어</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="361"/>
        <source>images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="362"/>
        <source>recent articles</source>
        <translation>최근 기사</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="363"/>
        <source>window position</source>
        <translation>창 위치</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="364"/>
        <source>font notice</source>
        <translation>글꼴 알림</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="365"/>
        <source>voice</source>
        <translation>음성</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="366"/>
        <source>consent to the natural voice</source>
        <translation>자연스러운 음성 사용 동의</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="367"/>
        <source>natural voices</source>
        <translation>자연스러운 음성 목록</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="368"/>
        <source>voice pitch</source>
        <translation>음높이</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="369"/>
        <source>highlighting by word or sentence</source>
        <translation>낱말·문장 단위 강조</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="370"/>
        <source>reading speed</source>
        <translation>읽기 속도</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="371"/>
        <source>reading volume</source>
        <translation>읽기 음량</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="372"/>
        <source>pause between paragraphs</source>
        <translation>문단 사이 쉼</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="373"/>
        <source>highlighting the sentence read</source>
        <translation>읽는 문장 강조</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="374"/>
        <source>highlight style</source>
        <translation>강조 방식</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="375"/>
        <source>keeping the sentence in view</source>
        <translation>읽는 문장을 화면에 유지</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="376"/>
        <source>reading captions</source>
        <translation>사진 설명 읽기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="377"/>
        <source>speech cache size</source>
        <translation>음성 캐시 크기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="378"/>
        <source>Google voice region</source>
        <translation>Google 음성 지역</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="379"/>
        <source>print type size</source>
        <translation>인쇄 글자 크기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="380"/>
        <source>print size following the screen</source>
        <translation>화면 크기에 맞춘 인쇄 글자 크기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="381"/>
        <source>large print</source>
        <translation>큰 글씨 인쇄</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="382"/>
        <source>print font style</source>
        <translation>인쇄 글꼴 종류</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="383"/>
        <source>paper size</source>
        <translation>용지 크기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="384"/>
        <source>page orientation</source>
        <translation>용지 방향</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="385"/>
        <source>printing images</source>
        <translation>그림 인쇄</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="386"/>
        <source>printing captions</source>
        <translation>사진 설명 인쇄</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="387"/>
        <source>page margins</source>
        <translation>여백</translation>
    </message>
    <message>
        <location filename="../../reader/gui/wording.py" line="388"/>
        <source>library panel</source>
        <translation>보관함 창</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <location filename="../../reader/gui/i18n.py" line="71"/>
        <source>%n line(s) clear</source>
        <translation>
            <numerusform>%n줄 밝게</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/i18n.py" line="74"/>
        <source>Saved PDF: {path} (%n page(s))</source>
        <translation>
            <numerusform>PDF 저장: {path} (%n쪽)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/i18n.py" line="77"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>기사 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/i18n.py" line="80"/>
        <source>%n article(s) to listen to.</source>
        <translation>
            <numerusform>들을 기사 %n개.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../reader/gui/i18n.py" line="83"/>
        <source>Saved {name} ({minutes}:{seconds:02d}, %n sentence(s)).</source>
        <translation>
            <numerusform>{name} 저장 완료({minutes}:{seconds:02d}, %n문장).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Print</name>
    <message>
        <location filename="../../reader/gui/printing/controller.py" line="81"/>
        <source>Open an article first.</source>
        <translation>먼저 기사를 여세요.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/printing/controller.py" line="106"/>
        <source>No printer is installed on this computer. You can save the article as a PDF instead.</source>
        <translation>이 컴퓨터에 설치된 프린터가 없습니다. 대신 PDF로 저장할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/printing/controller.py" line="111"/>
        <source>Save as PDF…</source>
        <translation>PDF로 저장…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/printing/controller.py" line="113"/>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/printing/controller.py" line="169"/>
        <source>Export PDF</source>
        <translation>PDF로 내보내기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/printing/controller.py" line="171"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/printing/controller.py" line="256"/>
        <source>Print Preview</source>
        <translation>인쇄 미리 보기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/printing/controller.py" line="257"/>
        <source>Type &amp;size</source>
        <translation>글자 크기(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/printing/controller.py" line="258"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../../reader/gui/printing/controller.py" line="259"/>
        <source>Type size in points</source>
        <translation>글자 크기(포인트)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/printing/controller.py" line="260"/>
        <source>&amp;Large print</source>
        <translation>큰 글씨(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/printing/controller.py" line="261"/>
        <source>&amp;Images</source>
        <translation>그림(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/printing/controller.py" line="262"/>
        <source>Selection &amp;only</source>
        <translation>선택 부분만(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/printing/controller.py" line="263"/>
        <source>&amp;Print…</source>
        <translation>인쇄(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/printing/controller.py" line="266"/>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ReadAloud</name>
    <message>
        <location filename="../../reader/gui/speech/actions.py" line="128"/>
        <source>{s} s</source>
        <translation>{s}초</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/actions.py" line="116"/>
        <source>Highlight While Reading</source>
        <translation>읽는 동안 표시</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/actions.py" line="120"/>
        <source>Underline Instead of Colour</source>
        <translation>색 대신 밑줄</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/actions.py" line="121"/>
        <source>Keep the Sentence in View</source>
        <translation>읽는 문장을 화면에 유지</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/actions.py" line="122"/>
        <source>Read Captions After Their Paragraph</source>
        <translation>사진 설명은 문단 뒤에 읽기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/actions.py" line="123"/>
        <source>Natural Voice for Each Language…</source>
        <translation>언어별 자연스러운 목소리…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/actions.py" line="126"/>
        <source>Pause Between Paragraphs</source>
        <translation>문단 사이 쉼</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/actions.py" line="130"/>
        <source>{s} s (the shortest)</source>
        <translation>{s}초 (가장 짧게)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/actions.py" line="132"/>
        <source>{s} s (standard)</source>
        <translation>{s}초 (기본)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/actions.py" line="140"/>
        <location filename="../../reader/gui/speech/actions.py" line="141"/>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/actions.py" line="142"/>
        <source>Pause reading ({keys})</source>
        <translation>읽기 일시 정지({keys})</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/actions.py" line="146"/>
        <source>Resume</source>
        <translation>계속 읽기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/actions.py" line="150"/>
        <source>Read the article aloud ({keys})</source>
        <translation>기사를 소리 내어 읽어 줍니다({keys})</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/bar.py" line="39"/>
        <source>Automatic (the best voice that answers)</source>
        <translation>자동(응답하는 가장 좋은 음성)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/bar.py" line="40"/>
        <source>Natural (Microsoft, online)</source>
        <translation>자연스러운 음성(Microsoft, 온라인)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/bar.py" line="41"/>
        <source>Google (online)</source>
        <translation>Google(온라인)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/bar.py" line="42"/>
        <source>espeak-ng (offline)</source>
        <translation>espeak-ng(오프라인)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/bar.py" line="220"/>
        <source>Read-aloud player</source>
        <translation>읽어주기 재생 막대</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/bar.py" line="221"/>
        <source>Reading progress</source>
        <translation>읽기 진행 상황</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/bar.py" line="234"/>
        <source>Speed, volume, voice and options</source>
        <translation>속도, 음량, 음성과 옵션</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/bar.py" line="269"/>
        <location filename="../../reader/gui/speech/bar.py" line="352"/>
        <source>Sentence {n} of {total}</source>
        <translation>{total}문장 중 {n}번째</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/bar.py" line="222"/>
        <source>Speed</source>
        <translation>속도</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/bar.py" line="223"/>
        <source>Speech speed</source>
        <translation>읽기 속도</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/bar.py" line="224"/>
        <source>Volume</source>
        <translation>음량</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/bar.py" line="225"/>
        <source>Speech volume</source>
        <translation>읽기 음량</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/bar.py" line="226"/>
        <source>Voice</source>
        <translation>음성</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/bar.py" line="227"/>
        <source>Speech engine</source>
        <translation>음성 엔진</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/bar.py" line="231"/>
        <source>Options</source>
        <translation>옵션</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/bar.py" line="232"/>
        <source>Highlighting, following and pauses</source>
        <translation>강조, 따라가기, 쉼</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/bar.py" line="233"/>
        <source>Read-aloud options</source>
        <translation>읽어주기 옵션</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/controller.py" line="187"/>
        <source>This article has no text to read aloud.</source>
        <translation>이 기사에는 읽어 줄 글이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/controller.py" line="305"/>
        <source>Reading aloud stopped: {reason}</source>
        <translation>읽어주기가 멈췄습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/controller.py" line="407"/>
        <source>Read Aloud From Here</source>
        <translation>여기부터 읽어주기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/controller.py" line="454"/>
        <location filename="../../reader/gui/speech/export.py" line="110"/>
        <source>Open an article first.</source>
        <translation>먼저 기사를 여세요.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/controller.py" line="459"/>
        <source>No audio device: read-aloud can still export MP3.</source>
        <translation>오디오 장치가 없습니다. 대신 MP3로 저장할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/controller.py" line="461"/>
        <source>Export Audio…</source>
        <translation>음성 파일로 저장…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/controller.py" line="463"/>
        <source>No audio device</source>
        <translation>오디오 장치 없음</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/controller.py" line="472"/>
        <location filename="../../reader/gui/speech/controller.py" line="479"/>
        <source>Read aloud could not start: {reason}</source>
        <translation>읽어주기를 시작하지 못했습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/export.py" line="55"/>
        <location filename="../../reader/gui/speech/export.py" line="121"/>
        <source>Export Audio</source>
        <translation>음성 파일로 저장</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/export.py" line="59"/>
        <source>Preparing {name}…</source>
        <translation>{name} 준비 중…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/export.py" line="65"/>
        <source>Export progress</source>
        <translation>저장 진행 상황</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/export.py" line="78"/>
        <source>Reading sentence {done} of {total} into the file…</source>
        <translation>{total}문장 중 {done}번째 문장을 파일에 담는 중…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/export.py" line="123"/>
        <source>MP3 audio (*.mp3)</source>
        <translation>MP3 음성 (*.mp3)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/export.py" line="137"/>
        <source>Audio export is not part of this build.</source>
        <translation>이 설치본에는 음성 파일 저장 기능이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/export.py" line="191"/>
        <source>Audio export cancelled; nothing was written.</source>
        <translation>음성 파일 저장을 취소했습니다. 아무 파일도 쓰지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/export.py" line="219"/>
        <source>Audio export failed: {reason}</source>
        <translation>음성 파일 저장 실패: {reason}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/export.py" line="228"/>
        <source>Audio export failed: unexpected error ({kind}). Details are in the log.</source>
        <translation>음성 파일 저장 실패: 예상하지 못한 오류({kind}). 자세한 내용은 로그에 있습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/places.py" line="60"/>
        <source>You stopped listening at sentence {n} of {total}.</source>
        <translation>{total}문장 중 {n}번째 문장에서 듣기를 멈췄습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/places.py" line="68"/>
        <source>Continue</source>
        <translation>이어 듣기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/places.py" line="69"/>
        <source>Start Over</source>
        <translation>처음부터</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/places.py" line="85"/>
        <source>Continue from sentence {n}</source>
        <translation>{n}번째 문장부터 이어 듣기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/highlight_unit.py" line="18"/>
        <source>The Word Being Spoken</source>
        <translation>읽고 있는 낱말</translation>
    </message>
    <message>
        <location filename="../../reader/gui/highlight_unit.py" line="19"/>
        <source>The Sentence Only</source>
        <translation>문장만</translation>
    </message>
    <message>
        <location filename="../../reader/gui/highlight_unit.py" line="20"/>
        <source>Nothing</source>
        <translation>표시 안 함</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/consent.py" line="43"/>
        <source>Automatic can read with Microsoft&apos;s natural voice, which sounds closer to a person. It sends the text of each sentence to Microsoft&apos;s speech service. Use it?</source>
        <translation>자동 선택에서 사람 목소리에 더 가까운 Microsoft의 자연스러운 목소리로 읽을 수 있습니다. 이 목소리는 문장마다 그 글을 Microsoft 음성 서비스로 보냅니다. 사용할까요?</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/consent.py" line="50"/>
        <source>Use the Natural Voice</source>
        <translation>자연스러운 목소리 사용</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/consent.py" line="51"/>
        <source>Not Now</source>
        <translation>나중에</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/voice_picker.py" line="44"/>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/voice_picker.py" line="45"/>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/voice_picker.py" line="46"/>
        <source>Japanese</source>
        <translation>일본어</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/voice_picker.py" line="47"/>
        <source>Chinese</source>
        <translation>중국어</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/voice_picker.py" line="48"/>
        <source>French</source>
        <translation>프랑스어</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/voice_picker.py" line="49"/>
        <source>German</source>
        <translation>독일어</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/voice_picker.py" line="50"/>
        <source>Spanish</source>
        <translation>스페인어</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/voice_picker.py" line="53"/>
        <source>female</source>
        <translation>여성</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/voice_picker.py" line="54"/>
        <source>male</source>
        <translation>남성</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/voice_picker.py" line="63"/>
        <source>{person} (multilingual)</source>
        <translation>{person} (다국어)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/voice_picker.py" line="218"/>
        <source>The preview could not be made: {reason}</source>
        <translation>미리 듣기를 만들지 못했습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/voice_picker.py" line="225"/>
        <source>Asking Microsoft&apos;s speech service for a sample…</source>
        <translation>Microsoft 음성 서비스에 들어 볼 문장을 요청하는 중…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/voice_picker.py" line="233"/>
        <source>Natural Voice</source>
        <translation>자연스러운 목소리</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/voice_picker.py" line="234"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/voice_picker.py" line="235"/>
        <source>&amp;Voices</source>
        <translation>목소리(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/voice_picker.py" line="236"/>
        <source>Natural voices</source>
        <translation>자연스러운 목소리 목록</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/voice_picker.py" line="242"/>
        <source>&amp;Preview</source>
        <translation>미리 듣기(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/voice_picker.py" line="243"/>
        <source>Hear a short sample sentence in this voice</source>
        <translation>이 목소리로 짧은 예문을 들어 봅니다</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/voice_picker.py" line="244"/>
        <source>&amp;Use This Voice</source>
        <translation>이 목소리 사용(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/voice_picker.py" line="245"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/speech/voice_picker.py" line="247"/>
        <source>The natural voice sends the text of each sentence to Microsoft&apos;s speech service. The choice is kept for each language; using a voice here lets Automatic use it.</source>
        <translation>자연스러운 목소리는 문장마다 그 글을 Microsoft 음성 서비스로 보냅니다. 고른 목소리는 언어마다 기억하며, 여기서 목소리를 사용하면 자동 선택에서도 이 목소리를 씁니다.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../reader/gui/window/settings_dialog.py" line="37"/>
        <source>Sans serif</source>
        <translation>고딕(산세리프)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/settings_dialog.py" line="38"/>
        <source>Serif</source>
        <translation>명조(세리프)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/settings_dialog.py" line="39"/>
        <source>Monospace</source>
        <translation>고정폭</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/settings_dialog.py" line="40"/>
        <source>Chosen family</source>
        <translation>직접 고른 글꼴</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/settings_dialog.py" line="258"/>
        <source>no installed font</source>
        <translation>설치된 글꼴 없음</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/settings_dialog.py" line="260"/>
        <source>Korean and Latin letters: {family}</source>
        <translation>한글과 로마자: {family}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/settings_dialog.py" line="262"/>
        <source>Korean letters: {hangul}; Latin letters: {latin}</source>
        <translation>한글: {hangul}, 로마자: {latin}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/settings_dialog.py" line="272"/>
        <source>Reading Settings</source>
        <translation>읽기 설정</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/settings_dialog.py" line="274"/>
        <source>Text &amp;size</source>
        <translation>글자 크기(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/settings_dialog.py" line="275"/>
        <source>Font st&amp;yle</source>
        <translation>글꼴 종류(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/settings_dialog.py" line="276"/>
        <source>Font &amp;family</source>
        <translation>글꼴(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/settings_dialog.py" line="277"/>
        <source>Drawn in</source>
        <translation>화면의 글꼴</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/settings_dialog.py" line="278"/>
        <source>&amp;Line height</source>
        <translation>줄 간격(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/settings_dialog.py" line="279"/>
        <source>Column &amp;width</source>
        <translation>본문 너비(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/settings_dialog.py" line="280"/>
        <source>&amp;Paragraph spacing</source>
        <translation>문단 간격(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/settings_dialog.py" line="281"/>
        <source>Le&amp;tter spacing</source>
        <translation>자간(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/settings_dialog.py" line="282"/>
        <source>W&amp;ord spacing</source>
        <translation>낱말 간격(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/settings_dialog.py" line="283"/>
        <source>&amp;Justify</source>
        <translation>양쪽 정렬(&amp;J)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/settings_dialog.py" line="284"/>
        <source>Line foc&amp;us</source>
        <translation>줄 집중 보기(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/settings_dialog.py" line="285"/>
        <source>&amp;Colours</source>
        <translation>색상(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/settings_dialog.py" line="286"/>
        <source>Lan&amp;guage</source>
        <translation>언어(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/settings_dialog.py" line="287"/>
        <source>&amp;Images</source>
        <translation>이미지(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/settings_dialog.py" line="288"/>
        <source>&amp;Highlight while reading aloud</source>
        <translation>읽어 주는 동안 표시(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/settings_dialog.py" line="293"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/settings_dialog.py" line="307"/>
        <source>Justify paragraphs to both edges</source>
        <translation>문단을 양쪽 끝에 맞춤</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/settings_dialog.py" line="309"/>
        <source>Load images from the web (off: nothing remote is loaded)</source>
        <translation>웹에서 이미지 불러오기(끄면 외부 자료를 전혀 불러오지 않음)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/settings_dialog.py" line="311"/>
        <source>Changes apply at once and are saved automatically.</source>
        <translation>바꾼 설정은 바로 적용되고 자동으로 저장됩니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/settings_dialog.py" line="313"/>
        <source>Restore defaults</source>
        <translation>기본값으로</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/settings_dialog.py" line="316"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/settings_dialog.py" line="323"/>
        <source>Off</source>
        <translation>끄기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/highlight_unit.py" line="25"/>
        <source>The word being spoken, in its sentence</source>
        <translation>읽고 있는 낱말과 그 문장</translation>
    </message>
    <message>
        <location filename="../../reader/gui/highlight_unit.py" line="26"/>
        <source>The sentence being read</source>
        <translation>읽고 있는 문장</translation>
    </message>
    <message>
        <location filename="../../reader/gui/highlight_unit.py" line="27"/>
        <source>Nothing</source>
        <translation>표시 안 함</translation>
    </message>
</context>
<context>
    <name>View</name>
    <message>
        <location filename="../../reader/gui/view/article_view.py" line="75"/>
        <location filename="../../reader/gui/window/main_window.py" line="475"/>
        <source>Article text</source>
        <translation>기사 본문</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <location filename="../../reader/gui/app.py" line="108"/>
        <source>A part of the program ({name}) could not start; see the log.</source>
        <translation>프로그램의 일부({name})를 시작하지 못했습니다. 로그를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/chrome.py" line="21"/>
        <source>Follow the &amp;System</source>
        <translation>시스템 설정 따르기(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/chrome.py" line="22"/>
        <source>&amp;Light</source>
        <translation>밝게(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/chrome.py" line="23"/>
        <source>Se&amp;pia</source>
        <translation>세피아(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/chrome.py" line="24"/>
        <source>&amp;Dark</source>
        <translation>어둡게(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/chrome.py" line="25"/>
        <source>&amp;High Contrast</source>
        <translation>고대비(&amp;H)</translation>
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
        <location filename="../../reader/gui/window/main_window.py" line="256"/>
        <source>Show Log</source>
        <translation>로그 보기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/main_window.py" line="351"/>
        <source>The article text was copied.</source>
        <translation>기사 본문을 복사했습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/main_window.py" line="439"/>
        <source>{size} px</source>
        <translation>{size} px</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/main_window.py" line="440"/>
        <source>Text size {size} pixels</source>
        <translation>글자 크기 {size}픽셀</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/main_window.py" line="507"/>
        <source>Image not loaded (images are off)</source>
        <translation>이미지를 불러오지 않았습니다 (이미지 꺼짐)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/i18n.py" line="132"/>
        <location filename="../../reader/gui/window/main_window.py" line="487"/>
        <source>Article Reader</source>
        <translation>기사 리더</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/main_window.py" line="503"/>
        <source>updated {date}</source>
        <translation>수정 {date}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/message_bar.py" line="148"/>
        <source>Message</source>
        <translation>알림</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/message_bar.py" line="149"/>
        <source>Close this message</source>
        <translation>이 알림 닫기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/message_bar.py" line="150"/>
        <source>Close message</source>
        <translation>알림 닫기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/message_bar.py" line="269"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/message_bar.py" line="270"/>
        <source>Cancel opening</source>
        <translation>열기 취소</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/message_bar.py" line="271"/>
        <source>Progress</source>
        <translation>진행 상황</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/opening.py" line="47"/>
        <source>Opening {source}…</source>
        <translation>{source} 여는 중…</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/opening.py" line="55"/>
        <source>{kb} KB received</source>
        <translation>{kb}KB 받음</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/opening.py" line="94"/>
        <source>Opening was cancelled.</source>
        <translation>열기를 취소했습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/opening.py" line="128"/>
        <source>Show the page&apos;s text</source>
        <translation>페이지 글 보기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/opening.py" line="133"/>
        <source>No article found at {source}.</source>
        <translation>{source}에서 기사를 찾지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/opening.py" line="141"/>
        <source>Could not open {source}: {reason}</source>
        <translation>{source}을(를) 열지 못했습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/opening.py" line="151"/>
        <source>Could not open {source}: unexpected error ({kind}). Details are in the log.</source>
        <translation>{source}을(를) 열지 못했습니다: 예상하지 못한 오류({kind}). 자세한 내용은 로그에 있습니다.</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/opening.py" line="158"/>
        <source>Open a saved article</source>
        <translation>저장한 기사 열기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/opening.py" line="163"/>
        <source>Web pages and text (*.html *.htm *.xhtml *.mhtml *.mht *.txt)</source>
        <translation>웹 페이지와 텍스트 (*.html *.htm *.xhtml *.mhtml *.mht *.txt)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/opening.py" line="164"/>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/opening.py" line="179"/>
        <source>Open Address</source>
        <translation>주소로 열기</translation>
    </message>
    <message>
        <location filename="../../reader/gui/window/opening.py" line="180"/>
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
