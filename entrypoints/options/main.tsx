import { render } from 'preact';
import '../../components/flag.css';
import '../../components/options.css';
import { OptionsApp } from '../../lib/ui/optionsApp';
import { uiLanguage } from '../../lib/ui/language';

void uiLanguage().then((lang) => {
  document.documentElement.lang = lang;
  render(<OptionsApp lang={lang} />, document.getElementById('app')!);
});
