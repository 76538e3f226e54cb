//! The tree builder for resource files read by the fast reader (`fast.rs`).
//!
//! The fast reader's subset has no anchors, aliases, tags, folded scalars,
//! merge keys or empty values in flow collections, so most of what the
//! general builder (`parse.rs`) checks for every event cannot happen here.
//! This builder takes the reader's events directly (the reader is compiled
//! for it: no call through a pointer, no event value per scalar) and keeps
//! the values of all open collections in two shared stacks, from which a
//! finished collection is moved out at its exact size. A mapping's keys are
//! sorted once when it ends instead of on every insertion.
//!
//! It builds go-yaml v3 documents only (resource and patch files, lists read
//! as plain values). Anything it does not handle, a duplicate key included,
//! makes it stop; the caller then reads the stream with the general builder,
//! which gives the same documents or the error.
use std::borrow::Cow;

use saphyr_parser::{Event, ScalarStyle, Span};

use super::fast::{Sink, Stop};
use super::parse::{exact, may_be_typed, plain_annotation_value, prints_as, resolved_value, SourceFacts};
use super::resolve::{resolve_plain, Resolved, Schema};
use crate::yaml::{Key, Map, Value};

/// An open collection.
struct Frame {
    map: bool,
    /// Where its entries (mapping) or items (sequence) start in the shared stack.
    start: usize,
    /// A mapping's key whose value is being read.
    key: Option<Key>,
    /// In flow style, as the general builder tells it: it or an enclosing
    /// collection starts at `{` or `[` (the span of an indentless sequence
    /// starts at its first item, as saphyr's does).
    flow: bool,
}

pub(super) struct Direct<'s> {
    text: &'s [u8],
    /// Resource files: annotation values are their source text, and the
    /// facts of `SourceFacts` are collected.
    annotation_text: bool,
    /// Patch files: a repeated key outside any sequence is ignored.
    first_key_wins: bool,
    frames: Vec<Frame>,
    entries: Vec<(Key, Value)>,
    items: Vec<Value>,
    /// Open sequences.
    seqs: usize,
    root: Option<Value>,
    facts: SourceFacts,
    /// Documents read so far, and delivered by this or an earlier read.
    seen: usize,
    delivered: &'s mut usize,
    sink: &'s mut dyn FnMut(Value, SourceFacts),
}

type R = Result<(), Stop>;

/// The builder's stacks, kept per thread for the next file (cleared): a
/// large base's thousand files would otherwise grow them from nothing a
/// thousand times, and each regrowth takes a block of a new size.
struct Stacks {
    frames: Vec<Frame>,
    entries: Vec<(Key, Value)>,
    items: Vec<Value>,
}

thread_local! {
    static STACKS: std::cell::Cell<Stacks> =
        const { std::cell::Cell::new(Stacks { frames: Vec::new(), entries: Vec::new(), items: Vec::new() }) };
}

/// Stacks larger than this (in elements) are not kept.
const KEEP_MAX: usize = 4096;

impl Drop for Direct<'_> {
    fn drop(&mut self) {
        if self.entries.capacity() > KEEP_MAX || self.items.capacity() > KEEP_MAX || self.frames.capacity() > KEEP_MAX {
            return;
        }
        let mut kept = Stacks {
            frames: std::mem::take(&mut self.frames),
            entries: std::mem::take(&mut self.entries),
            items: std::mem::take(&mut self.items),
        };
        kept.frames.clear();
        kept.entries.clear();
        kept.items.clear();
        STACKS.with(|s| s.set(kept));
    }
}

impl<'s> Direct<'s> {
    pub(super) fn new(
        text: &'s str,
        annotation_text: bool,
        first_key_wins: bool,
        delivered: &'s mut usize,
        sink: &'s mut dyn FnMut(Value, SourceFacts),
    ) -> Self {
        let stacks = STACKS.with(|s| s.replace(Stacks { frames: Vec::new(), entries: Vec::new(), items: Vec::new() }));
        Direct {
            text: text.as_bytes(),
            annotation_text,
            first_key_wins,
            frames: stacks.frames,
            entries: stacks.entries,
            items: stacks.items,
            seqs: 0,
            root: None,
            facts: SourceFacts::default(),
            seen: 0,
            delivered,
            sink,
        }
    }

    /// JSON pointer of the value being read.
    fn pointer(&self) -> String {
        // A sequence's items end where the next open sequence's start.
        let mut ends = vec![self.items.len(); self.frames.len()];
        let mut end = self.items.len();
        for (i, f) in self.frames.iter().enumerate().rev() {
            if !f.map {
                ends[i] = end;
                end = f.start;
            }
        }
        let mut p = String::new();
        for (f, end) in self.frames.iter().zip(ends) {
            if f.map {
                super::push_pointer_key(&mut p, f.key.as_deref().unwrap_or(""));
            } else {
                p.push('/');
                p.push_str(&(end - f.start).to_string());
            }
        }
        p
    }

    /// Is the next value one of `metadata.annotations`?
    fn at_annotation_value(&self) -> bool {
        let key_is = |f: &Frame, name: &str| f.map && f.key.as_deref() == Some(name);
        self.frames.len() == 3 && key_is(&self.frames[0], "metadata") && key_is(&self.frames[1], "annotations")
    }

    fn complete(&mut self, v: Value) -> R {
        match self.frames.last_mut() {
            None => self.root = Some(v),
            Some(f) if f.map => {
                let k = f.key.take().ok_or(Stop::Bail)?;
                self.entries.push((k, v));
            }
            Some(_) => self.items.push(v),
        }
        Ok(())
    }

    fn scalar(&mut self, text: Cow<'_, str>, style: ScalarStyle, span: &Span) -> R {
        let empty_span = span.is_empty();
        let plain = match style {
            ScalarStyle::Plain => true,
            ScalarStyle::SingleQuoted | ScalarStyle::DoubleQuoted | ScalarStyle::Literal => false,
            ScalarStyle::Folded => return Err(Stop::Bail),
        };
        if let Some(f) = self.frames.last_mut() {
            if f.map && f.key.is_none() {
                if plain && text == "<<" {
                    // a merge key: the general builder
                    return Err(Stop::Bail);
                }
                // as `parse::v3_key`, into a key that holds short text inline
                f.key = Some(if plain && matches!(&*text, "" | "~" | "null" | "Null" | "NULL") {
                    Key::default()
                } else {
                    Key::from(text)
                });
                return Ok(());
            }
        }
        let v = if self.annotation_text && self.at_annotation_value() {
            // an empty node comes as a plain `~` with an empty span
            let empty = plain && empty_span;
            if empty {
                let p = self.pointer();
                self.facts.empty_nulls.push(p);
            }
            if plain && plain_annotation_value(if empty { "" } else { &text }).is_some() {
                let p = self.pointer();
                self.facts.typed_annotations.push(p);
            }
            Value::String(if empty { String::new() } else { exact(text) })
        } else if plain
            && self.frames.last().is_some_and(|f| f.flow)
            && (empty_span || (text == "~" && self.text.get(span.start.index()) != Some(&b'~')))
        {
            // go-yaml v3 reads an empty node in a flow collection as the empty string
            if self.annotation_text && empty_span && self.frames.last().is_some_and(|f| f.map) {
                let p = self.pointer();
                self.facts.empty_nulls.push(p);
            }
            Value::String(String::new())
        } else if plain {
            let r = resolve_plain(&text, Schema::V3);
            // the source text of a scalar whose value may print otherwise
            let noted = self.annotation_text
                && matches!(
                    r,
                    Resolved::Bool(_)
                        | Resolved::Int(_)
                        | Resolved::Uint(_)
                        | Resolved::Float(_)
                        | Resolved::Timestamp(_)
                )
                && may_be_typed(&text);
            let source = noted.then(|| text.to_string());
            let v = resolved_value(r, text, Schema::V3).map_err(|_| Stop::Bail)?;
            if let Some(t) = source.filter(|t| !prints_as(&v, t)) {
                let p = self.pointer();
                self.facts.scalar_texts.push((p, t));
            }
            if self.annotation_text && empty_span && self.frames.last().is_some_and(|f| f.map) {
                let p = self.pointer();
                self.facts.empty_nulls.push(p);
            }
            v
        } else {
            Value::String(exact(text))
        };
        self.complete(v)
    }

    fn end_map(&mut self) -> R {
        let f = self.frames.pop().ok_or(Stop::Bail)?;
        if f.key.is_some() {
            return Err(Stop::Bail);
        }
        let mut entries: Vec<(Key, Value)> = self.entries.drain(f.start..).collect();
        if !entries.windows(2).all(|w| w[0].0 < w[1].0) {
            // stable: of equal keys the first read stays first
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            let len = entries.len();
            entries.dedup_by(|later, first| later.0 == first.0);
            if entries.len() != len {
                // go-yaml v3 refuses a repeated key (the general builder
                // says where); patch files keep the first outside sequences
                if !(self.first_key_wins && self.seqs == 0) {
                    return Err(Stop::Bail);
                }
                entries.shrink_to_fit();
            }
        }
        self.complete(Value::Object(Map::from_sorted_vec(entries)))
    }

    fn end_seq(&mut self) -> R {
        let f = self.frames.pop().ok_or(Stop::Bail)?;
        self.seqs -= 1;
        let items: Vec<Value> = self.items.drain(f.start..).collect();
        self.complete(Value::Array(items))
    }

    fn open(&mut self, map: bool, span: &Span) -> R {
        if self.frames.last().is_some_and(|f| f.map && f.key.is_none()) {
            // a collection as a key: the general builder refuses it
            return Err(Stop::Bail);
        }
        let start = if map { self.entries.len() } else { self.items.len() };
        self.seqs += usize::from(!map);
        let flow = self.frames.last().is_some_and(|f| f.flow)
            || matches!(self.text.get(span.start.index()), Some(b'{' | b'['));
        self.frames.push(Frame { map, start, key: None, flow });
        Ok(())
    }
}

impl<'a> Sink<'a> for Direct<'_> {
    #[inline(always)]
    fn event(&mut self, ev: Event<'a>, span: Span) -> R {
        match ev {
            Event::Scalar(text, style, anchor, tag) => {
                if anchor != 0 || tag.is_some() {
                    return Err(Stop::Bail);
                }
                self.scalar(text, style, &span)
            }
            Event::MappingStart(anchor, _) | Event::SequenceStart(anchor, _) if anchor != 0 => Err(Stop::Bail),
            Event::MappingStart(..) => self.open(true, &span),
            Event::SequenceStart(..) => self.open(false, &span),
            Event::MappingEnd => self.end_map(),
            Event::SequenceEnd => self.end_seq(),
            Event::DocumentStart(_) => {
                self.frames.clear();
                self.entries.clear();
                self.items.clear();
                self.seqs = 0;
                self.root = None;
                self.facts = SourceFacts::default();
                Ok(())
            }
            Event::DocumentEnd => {
                let v = self.root.take().unwrap_or(Value::Null);
                self.seen += 1;
                if self.seen > *self.delivered {
                    *self.delivered = self.seen;
                    (self.sink)(v, std::mem::take(&mut self.facts));
                }
                Ok(())
            }
            Event::Alias(_) => Err(Stop::Bail),
            Event::StreamStart | Event::StreamEnd | Event::Nothing => Ok(()),
        }
    }
}
