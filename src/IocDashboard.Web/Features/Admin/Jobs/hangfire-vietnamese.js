// Vietnamese for the English that Hangfire's dashboard writes outside its translatable strings: the state names it
// prints as labels and as titles of the state history (server-side, with no hook to change them), and the texts its
// hangfire.js sets in the browser. Appended to the dashboard's script bundle after hangfire.js and moment's vi locale
// (DashboardScripts.cs). The stored state names stay English: Hangfire and our code compare against them.
;(function () {
    'use strict';

    // The words of the dashboard's job menu (Strings.vi.resx, JobsSidebarMenu_*); Created heads a job's history.
    var stateNames = {
        Created: 'Đã tạo',
        Enqueued: 'Trong hàng đợi',
        Scheduled: 'Đã lên lịch',
        Processing: 'Đang chạy',
        Succeeded: 'Thành công',
        Failed: 'Thất bại',
        Deleted: 'Đã xoá',
        Awaiting: 'Đang chờ'
    };

    // Set by hangfire.js (the failed list's expander, the alert when polling fails) or written as literals.
    var texts = {
        'Fewer details...': 'Thu gọn...',
        'More details...': 'Xem chi tiết...',
        'Unable to refresh the statistics:': 'Không làm mới được số liệu thống kê:',
        'Job expired.': 'Tác vụ đã hết hạn.'
    };

    var refreshFailed = /^the server responded with (\d+) \((.*)\)\. Try reloading the page manually, or wait for automatic reload that will happen in a minute\.$/;

    // Where a bare state name is a state: labels and the titles of the state history, not job names or arguments.
    var stateSelector = '.label, .state-card-title';

    function translated(text, parent) {
        if (Object.prototype.hasOwnProperty.call(stateNames, text) && parent.matches(stateSelector)) {
            return stateNames[text];
        }
        if (Object.prototype.hasOwnProperty.call(texts, text)) {
            return texts[text];
        }
        var failure = refreshFailed.exec(text);
        if (failure) {
            return 'máy chủ trả lời ' + failure[1] + ' (' + failure[2] + '). Hãy tải lại trang, hoặc chờ trang tự tải lại sau một phút.';
        }
        return null;
    }

    function translateText(node) {
        var parent = node.parentElement;
        var text = node.nodeValue.trim();
        if (!parent || text === '') {
            return;
        }
        var vietnamese = translated(text, parent);
        if (vietnamese !== null) {
            // Only the words change: the surrounding white space keeps the layout Hangfire gave it.
            node.nodeValue = node.nodeValue.replace(text, vietnamese);
        }
    }

    function translateTree(root) {
        if (root.nodeType === Node.TEXT_NODE) {
            translateText(root);
            return;
        }
        var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (var node = walker.nextNode(); node !== null; node = walker.nextNode()) {
            translateText(node);
        }
    }

    // The bundle runs at the end of <body>, so the page is there; hangfire.js changes it later (on clicks, on errors,
    // every 30 s for relative times), so changes are watched too. A translated text matches nothing: no loop.
    translateTree(document.body);
    new MutationObserver(function (mutations) {
        mutations.forEach(function (mutation) {
            if (mutation.type === 'characterData') {
                translateText(mutation.target);
            } else {
                mutation.addedNodes.forEach(translateTree);
            }
        });
    }).observe(document.body, { childList: true, characterData: true, subtree: true });
})();
