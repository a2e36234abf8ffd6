import { render } from 'preact';
import '../../components/flag.css';
import '../../components/popup.css';
import { PopupApp } from '../../lib/ui/popupApp';
import { uiLanguage } from '../../lib/ui/language';

void uiLanguage().then((lang) => {
  document.documentElement.lang = lang;
  render(<PopupApp lang={lang} />, document.getElementById('app')!);
});
