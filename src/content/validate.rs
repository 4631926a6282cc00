//! Checks the data a translator or trainer edits, and reports every problem as
//! `path:line: message` in the reader's language.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use fluent_bundle::FluentValue;
use fluent_syntax::ast;

use crate::i18n::{Language, Localizer};

/// One problem found in a data file. `message` is a Fluent id in `locales/*/cli.ftl`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub path: PathBuf,
    pub line: usize,
    pub message: &'static str,
    pub args: Vec<(&'static str, String)>,
}

impl Problem {
    pub(crate) fn new(
        path: &Path,
        line: usize,
        message: &'static str,
        args: &[(&'static str, &str)],
    ) -> Self {
        Problem {
            path: path.to_path_buf(),
            line,
            message,
            args: args.iter().map(|(k, v)| (*k, v.to_string())).collect(),
        }
    }

    pub fn render(&self, l10n: &Localizer) -> String {
        let args: Vec<(&str, FluentValue)> =
            self.args.iter().map(|(k, v)| (*k, FluentValue::from(v.as_str()))).collect();
        format!("{}:{}: {}", self.path.display(), self.line, l10n.tr(self.message, &args))
    }
}

/// What one message of a Fluent file needs from its translations.
#[derive(Debug, PartialEq, Eq)]
struct MessageShape {
    line: usize,
    attributes: BTreeSet<String>,
    variables: BTreeSet<String>,
}

/// Checks `root/{en,fr,de,nl,pt}/*.ftl`: syntax, and that every language has exactly the
/// messages, attributes and variables English has.
pub fn check_locales(root: &Path) -> Vec<Problem> {
    let mut problems = vec![];
    let english_dir = root.join(Language::En.code());
    let english_files = ftl_files(&english_dir);
    if english_files.is_empty() {
        problems.push(Problem::new(&english_dir, 1, "problem-no-files", &[]));
        return problems;
    }
    let english: BTreeMap<String, BTreeMap<String, MessageShape>> = english_files
        .iter()
        .map(|name| (name.clone(), read_shapes(&english_dir.join(name), &mut problems)))
        .collect();
    // One bundle per language holds every file: an id in two files would shadow the other.
    let mut owner: BTreeMap<&str, &str> = BTreeMap::new();
    for (name, shapes) in &english {
        for (id, shape) in shapes {
            if let Some(first) = owner.insert(id, name) {
                problems.push(Problem::new(
                    &english_dir.join(name),
                    shape.line,
                    "problem-duplicate-message",
                    &[("id", id), ("file", first)],
                ));
            }
        }
    }

    for lang in Language::ALL.into_iter().filter(|l| *l != Language::En) {
        let dir = root.join(lang.code());
        for extra in ftl_files(&dir).into_iter().filter(|n| !english.contains_key(n)) {
            problems.push(Problem::new(&dir.join(extra), 1, "problem-extra-file", &[]));
        }
        for (name, english_shapes) in &english {
            let path = dir.join(name);
            if !path.exists() {
                problems.push(Problem::new(
                    &path,
                    1,
                    "problem-missing-file",
                    &[("lang", lang.code())],
                ));
                continue;
            }
            let shapes = read_shapes(&path, &mut problems);
            for (id, en) in english_shapes {
                match shapes.get(id) {
                    None => problems.push(Problem::new(
                        &path,
                        1,
                        "problem-missing-message",
                        &[("id", id), ("lang", lang.code())],
                    )),
                    Some(shape) => {
                        if shape.variables != en.variables {
                            problems.push(Problem::new(
                                &path,
                                shape.line,
                                "problem-variables-differ",
                                &[
                                    ("id", id),
                                    ("expected", &join(&en.variables)),
                                    ("found", &join(&shape.variables)),
                                ],
                            ));
                        }
                        if shape.attributes != en.attributes {
                            problems.push(Problem::new(
                                &path,
                                shape.line,
                                "problem-attributes-differ",
                                &[
                                    ("id", id),
                                    ("expected", &join(&en.attributes)),
                                    ("found", &join(&shape.attributes)),
                                ],
                            ));
                        }
                    }
                }
            }
            for (id, shape) in shapes.iter().filter(|(id, _)| !english_shapes.contains_key(*id)) {
                problems.push(Problem::new(
                    &path,
                    shape.line,
                    "problem-extra-message",
                    &[("id", id)],
                ));
            }
        }
    }
    problems
}

fn join(set: &BTreeSet<String>) -> String {
    if set.is_empty() {
        "–".to_string()
    } else {
        set.iter().map(|v| format!("${v}")).collect::<Vec<_>>().join(", ")
    }
}

fn ftl_files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().to_string())
                .filter(|n| n.ends_with(".ftl"))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

pub(crate) fn line_of(source: &str, byte: usize) -> usize {
    source[..byte.min(source.len())].matches('\n').count() + 1
}

fn read_shapes(path: &Path, problems: &mut Vec<Problem>) -> BTreeMap<String, MessageShape> {
    let source = match fs::read_to_string(path) {
        Ok(s) => s,
        Err(e) => {
            problems.push(Problem::new(
                path,
                1,
                "problem-unreadable",
                &[("error", &e.to_string())],
            ));
            return BTreeMap::new();
        }
    };
    let resource = match fluent_syntax::parser::parse(source.as_str()) {
        Ok(res) => res,
        Err((res, errors)) => {
            for err in errors {
                problems.push(Problem::new(
                    path,
                    line_of(&source, err.slice.as_ref().map_or(err.pos.start, |s| s.start)),
                    "problem-syntax",
                    &[("error", &err.kind.to_string())],
                ));
            }
            res
        }
    };
    let mut shapes = BTreeMap::new();
    for entry in &resource.body {
        let (id, value, attributes) = match entry {
            ast::Entry::Message(m) => (m.id.name.to_string(), m.value.as_ref(), &m.attributes),
            ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
            _ => continue,
        };
        let line = source
            .lines()
            .position(|l| {
                l.strip_prefix(id.as_str()).is_some_and(|rest| rest.trim_start().starts_with('='))
            })
            .map_or(1, |i| i + 1);
        let mut variables = BTreeSet::new();
        if let Some(value) = value {
            collect_variables(value, &mut variables);
        }
        for attr in attributes {
            collect_variables(&attr.value, &mut variables);
        }
        if value.is_some_and(|v| pattern_is_blank(v)) {
            problems.push(Problem::new(path, line, "problem-empty-message", &[("id", &id)]));
        }
        let attributes = attributes.iter().map(|a| a.id.name.to_string()).collect();
        shapes.insert(id, MessageShape { line, attributes, variables });
    }
    shapes
}

fn pattern_is_blank(pattern: &ast::Pattern<&str>) -> bool {
    pattern
        .elements
        .iter()
        .all(|e| matches!(e, ast::PatternElement::TextElement { value } if value.trim().is_empty()))
}

fn collect_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_in_expression(expression, out);
        }
    }
}

fn collect_in_expression(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            collect_in_inline(selector, out);
            for variant in variants {
                collect_variables(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => collect_in_inline(inline, out),
    }
}

fn collect_in_inline(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for arg in &arguments.positional {
                collect_in_inline(arg, out);
            }
            for named in &arguments.named {
                collect_in_inline(&named.value, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => collect_in_expression(expression, out),
        _ => {}
    }
}
