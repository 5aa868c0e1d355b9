import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import zh from './zh.json';
import enLabels from './en.json';

/**
 * The labels, one key in both languages: zh.json, Chinese, the default, and en.json, its English twin, which must have
 * every key of zh.json (this type makes sure of it; the records' labels alike, in records.ts).
 */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
const en: Shape<typeof zh> = enLabels;

export type Language = 'zh' | 'en';
const STORAGE_KEY = 'devzone.language';

/** Chinese unless the user chose English (the choice, not a token, is kept in localStorage). */
export function initialLanguage(): Language {
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
}

export function chooseLanguage(language: Language): void {
  localStorage.setItem(STORAGE_KEY, language);
  void i18n.changeLanguage(language);
  document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
}

void i18n.use(initReactI18next).init({
  resources: { zh: { translation: zh }, en: { translation: en } },
  lng: initialLanguage(),
  fallbackLng: 'zh',
  interpolation: { escapeValue: false },
});
document.documentElement.lang = i18n.language === 'en' ? 'en' : 'zh-CN';

export default i18n;
