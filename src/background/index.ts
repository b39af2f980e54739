// The background: opens the panel from the toolbar button. (Recognition and the store come
// with the corpus issue.)
import browser from 'webextension-polyfill';

// Chrome opens the side panel itself when the toolbar button is clicked; Firefox toggles its
// sidebar from the action's click event.
const chromeSidePanel = (globalThis as { chrome?: { sidePanel?: { setPanelBehavior(o: object): Promise<void> } } }).chrome
  ?.sidePanel;
if (chromeSidePanel) {
  void chromeSidePanel.setPanelBehavior({ openPanelOnActionClick: true });
} else {
  browser.action.onClicked.addListener(() => {
    void (browser as unknown as { sidebarAction: { toggle(): Promise<void> } }).sidebarAction.toggle();
  });
}
