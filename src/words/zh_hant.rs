//! Placeholder until translated.

pub(super) const WORDS: super::Words = super::en::WORDS;
