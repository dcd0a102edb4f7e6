package io.conversa.templates.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.conversa.core.FieldProblem;
import io.conversa.templates.TemplateDraft;
import io.conversa.templates.TemplateDraft.Button;
import io.conversa.templates.TemplateDraft.Header;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TemplateRulesTest {

    private final TemplateRules rules = new TemplateRules();

    static final Button QUICK_REPLY = new Button("QUICK_REPLY", "Ya pagué", null, null, null);
    static final Button PAY =
            new Button("URL", "Pagar", "https://pay.example/{{1}}", "https://pay.example/tok123", null);
    static final Button CALL = new Button("PHONE_NUMBER", "Llamar", null, null, "+56912345678");

    static TemplateDraft valid() {
        return new TemplateDraft(
                "recordatorio_pago",
                "UTILITY",
                "es_CL",
                "POSITIONAL",
                new Header("TEXT", "Factura {{1}}", "F-1001", null),
                "Hola {{1}}, tu saldo es {{2}}. Paga antes del {{3}}.",
                List.of("Ana", "$45.000", "15-01-2026"),
                "Conversa Cobranzas",
                List.of(QUICK_REPLY, PAY, CALL));
    }

    static TemplateDraft validNamed() {
        return new TemplateDraft(
                "recordatorio_nombrado",
                "MARKETING",
                "es_MX",
                "NAMED",
                new Header("TEXT", "Factura {{invoice_number}}", "F-1001", null),
                "Hola {{customer_name}}, debes {{amount}}. Gracias, {{customer_name}}.",
                List.of("Ana", "$45,000.00"),
                null,
                List.of());
    }

    @Test
    void validDraftsPass() {
        assertThat(rules.check(valid())).isEmpty();
        assertThat(rules.check(validNamed())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"IMAGE", "VIDEO", "DOCUMENT", "image"})
    void mediaHeaderWithExampleUrlPasses(String format) {
        TemplateDraft draft = header(valid(), new Header(format, null, null, "https://cdn.example/factura.pdf"));
        assertThat(rules.check(draft)).isEmpty();
    }

    @Test
    void emptyHeaderCountsAsNone() {
        assertThat(rules.check(header(validNamed(), new Header(null, " ", null, null))))
                .isEmpty();
    }

    @Test
    void minimalDraftPasses() {
        TemplateDraft draft = new TemplateDraft(
                "aviso", "utility", "es", null, null, "Tu pago fue recibido. Gracias.", null, "", null);
        assertThat(rules.check(draft)).isEmpty();
    }

    static Stream<Arguments> violations() {
        TemplateDraft v = valid();
        TemplateDraft n = validNamed();
        return Stream.of(
                // name, category, language, parameter format
                Arguments.of("uppercase name", name(v, "Recordatorio_Pago"), "name", "templates.rule.name"),
                Arguments.of("name with space", name(v, "recordatorio pago"), "name", "templates.rule.name"),
                Arguments.of("name with accent", name(v, "recordatorio_pagó"), "name", "templates.rule.name"),
                Arguments.of("blank name", name(v, " "), "name", "templates.rule.required"),
                Arguments.of("long name", name(v, "a".repeat(513)), "name", "templates.rule.maxLength"),
                Arguments.of("unknown category", category(v, "PROMOTION"), "category", "templates.rule.category"),
                Arguments.of("missing category", category(v, null), "category", "templates.rule.required"),
                Arguments.of("bad language", language(v, "spanish"), "language", "templates.rule.language"),
                Arguments.of("language with dash", language(v, "es-MX"), "language", "templates.rule.language"),
                Arguments.of(
                        "bad parameter format",
                        format(v, "MIXED"),
                        "parameterFormat",
                        "templates.rule.parameterFormat"),
                // body
                Arguments.of("blank body", body(v, "  ", List.of()), "body", "templates.rule.required"),
                Arguments.of(
                        "body too long",
                        body(v, "Hola " + "a".repeat(1020), List.of()),
                        "body",
                        "templates.rule.maxLength"),
                Arguments.of(
                        "variables out of sequence",
                        body(v, "Hola {{1}}, tu saldo es {{3}}, vence el {{4}}.", List.of("a", "b", "c", "d")),
                        "body",
                        "templates.rule.variableSequence"),
                Arguments.of(
                        "variables not starting at 1",
                        body(v, "Hola {{2}}, tu saldo es {{3}}.", List.of("a", "b", "c")),
                        "body",
                        "templates.rule.variableSequence"),
                Arguments.of(
                        "missing example",
                        body(v, v.body(), List.of("Ana", "$45.000")),
                        "bodyExamples",
                        "templates.rule.examples"),
                Arguments.of(
                        "blank example",
                        body(v, v.body(), List.of("Ana", " ", "15-01-2026")),
                        "bodyExamples[1]",
                        "templates.rule.example"),
                Arguments.of(
                        "body starts with a variable",
                        body(v, "{{1}}, tu saldo es {{2}}.", List.of("Ana", "$1")),
                        "body",
                        "templates.rule.variableEdge"),
                Arguments.of(
                        "body ends with a variable",
                        body(v, "Hola {{1}}, tu saldo es {{2}}\n", List.of("Ana", "$1")),
                        "body",
                        "templates.rule.variableEdge"),
                Arguments.of(
                        "named variable in a positional body",
                        body(v, "Hola {{nombre}}, gracias.", List.of("Ana")),
                        "body",
                        "templates.rule.variableFormat"),
                Arguments.of(
                        "variable with spaces",
                        body(v, "Hola {{ 1 }}, gracias.", List.of("Ana")),
                        "body",
                        "templates.rule.variableFormat"),
                Arguments.of(
                        "uppercase named variable",
                        body(n, "Hola {{Customer_Name}}, gracias.", List.of("Ana")),
                        "body",
                        "templates.rule.variableFormat"),
                Arguments.of(
                        "number in a named body",
                        body(n, "Hola {{1}}, gracias.", List.of("Ana")),
                        "body",
                        "templates.rule.variableFormat"),
                Arguments.of(
                        "named example missing",
                        body(n, n.body(), List.of("Ana")),
                        "bodyExamples",
                        "templates.rule.examples"),
                // header
                Arguments.of(
                        "header over 60",
                        header(v, new Header("TEXT", "Factura " + "x".repeat(53), null, null)),
                        "header.text",
                        "templates.rule.maxLength"),
                Arguments.of(
                        "two header variables",
                        header(v, new Header("TEXT", "Factura {{1}} de {{2}}", "F-1", null)),
                        "header.text",
                        "templates.rule.headerVariables"),
                Arguments.of(
                        "header variable not {{1}}",
                        header(v, new Header("TEXT", "Factura {{2}}", "F-1", null)),
                        "header.text",
                        "templates.rule.variableSequence"),
                Arguments.of(
                        "header variable without example",
                        header(v, new Header("TEXT", "Factura {{1}}", null, null)),
                        "header.example",
                        "templates.rule.example"),
                Arguments.of(
                        "header on two lines",
                        header(v, new Header("TEXT", "Factura\nvencida", null, null)),
                        "header.text",
                        "templates.rule.singleLine"),
                Arguments.of(
                        "blank text header",
                        header(v, new Header("TEXT", "", null, null)),
                        "header.text",
                        "templates.rule.required"),
                Arguments.of(
                        "location header",
                        header(v, new Header("LOCATION", null, null, null)),
                        "header.format",
                        "templates.rule.headerFormat"),
                Arguments.of(
                        "media header without example",
                        header(v, new Header("IMAGE", null, null, null)),
                        "header.mediaExampleUrl",
                        "templates.rule.required"),
                Arguments.of(
                        "media header example not a URL",
                        header(v, new Header("DOCUMENT", null, null, "factura.pdf")),
                        "header.mediaExampleUrl",
                        "templates.rule.url"),
                Arguments.of(
                        "named header variable malformed",
                        header(n, new Header("TEXT", "Factura {{Invoice}}", "F-1", null)),
                        "header.text",
                        "templates.rule.variableFormat"),
                // footer
                Arguments.of(
                        "footer with variable",
                        footer(v, "Cobranzas {{1}}"),
                        "footer",
                        "templates.rule.footerVariables"),
                Arguments.of("footer over 60", footer(v, "x".repeat(61)), "footer", "templates.rule.maxLength"),
                // buttons
                Arguments.of(
                        "button text over 25",
                        buttons(v, new Button("QUICK_REPLY", "Quiero hablar con un ejecutivo", null, null, null)),
                        "buttons[0].text",
                        "templates.rule.maxLength"),
                Arguments.of(
                        "button without text",
                        buttons(v, new Button("QUICK_REPLY", " ", null, null, null)),
                        "buttons[0].text",
                        "templates.rule.required"),
                Arguments.of(
                        "unknown button type",
                        buttons(v, new Button("COPY_CODE", "Copiar", null, null, null)),
                        "buttons[0].type",
                        "templates.rule.buttonType"),
                Arguments.of(
                        "URL variable not at the end",
                        buttons(
                                v,
                                new Button(
                                        "URL",
                                        "Pagar",
                                        "https://pay.example/{{1}}/pagar",
                                        "https://pay.example/tok/pagar",
                                        null)),
                        "buttons[0].url",
                        "templates.rule.urlVariable"),
                Arguments.of(
                        "URL variable other than {{1}}",
                        buttons(
                                v,
                                new Button(
                                        "URL", "Pagar", "https://pay.example/{{2}}", "https://pay.example/tok", null)),
                        "buttons[0].url",
                        "templates.rule.urlVariable"),
                Arguments.of(
                        "dynamic URL without example",
                        buttons(v, new Button("URL", "Pagar", "https://pay.example/{{1}}", null, null)),
                        "buttons[0].example",
                        "templates.rule.example"),
                Arguments.of(
                        "URL example on another address",
                        buttons(
                                v,
                                new Button(
                                        "URL",
                                        "Pagar",
                                        "https://pay.example/{{1}}",
                                        "https://other.example/tok",
                                        null)),
                        "buttons[0].example",
                        "templates.rule.urlExample"),
                Arguments.of(
                        "URL not a web address",
                        buttons(v, new Button("URL", "Pagar", "pay.example/{{1}}", "pay.example/tok", null)),
                        "buttons[0].url",
                        "templates.rule.url"),
                Arguments.of(
                        "URL button without URL",
                        buttons(v, new Button("URL", "Pagar", null, null, null)),
                        "buttons[0].url",
                        "templates.rule.required"),
                Arguments.of(
                        "phone not in E.164",
                        buttons(v, new Button("PHONE_NUMBER", "Llamar", null, null, "9 1234 5678")),
                        "buttons[0].phoneNumber",
                        "templates.rule.phoneNumber"),
                Arguments.of(
                        "too many buttons",
                        buttons(v, Collections.nCopies(11, QUICK_REPLY).toArray(Button[]::new)),
                        "buttons",
                        "templates.rule.maxButtons"),
                Arguments.of(
                        "three URL buttons", buttons(v, PAY, PAY, PAY), "buttons", "templates.rule.maxButtonsOfType"),
                Arguments.of("two phone buttons", buttons(v, CALL, CALL), "buttons", "templates.rule.maxButtonsOfType"),
                Arguments.of(
                        "quick replies interleaved",
                        buttons(v, QUICK_REPLY, PAY, QUICK_REPLY),
                        "buttons",
                        "templates.rule.buttonOrder"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("violations")
    void eachViolationIsReportedOnItsField(String description, TemplateDraft draft, String field, String key) {
        List<FieldProblem> problems = rules.check(draft);

        assertThat(problems)
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(tuple(field, key));
        assertThat(problems.get(0).message()).isNotBlank();
    }

    @Test
    void reportsEveryProblemAtOnce() {
        TemplateDraft draft = new TemplateDraft(
                "Mal Nombre", "PROMO", "", null, null, "{{1}} debe {{3}}", List.of(), "{{1}}", List.of());

        assertThat(rules.check(draft))
                .extracting(FieldProblem::field)
                .containsExactly("name", "category", "language", "body", "body", "bodyExamples", "footer");
    }

    @Test
    void problemsCarryTheirArguments() {
        List<FieldProblem> problems = rules.check(footer(valid(), "x".repeat(61)));

        assertThat(problems.get(0).arguments()).containsExactly(60, 61);
        assertThat(problems.get(0).message()).isEqualTo("At most 60 characters; this has 61");
    }

    @Test
    void staticUrlNeedsNoExample() {
        TemplateDraft draft = buttons(valid(), new Button("URL", "Ver", "https://pay.example/cuenta", null, null));
        assertThat(rules.check(draft)).isEmpty();
    }

    @Test
    void tenQuickRepliesAndTwoUrlsInGroupsPass() {
        List<Button> many = new ArrayList<>(Collections.nCopies(7, QUICK_REPLY));
        many.addAll(List.of(PAY, PAY, CALL));
        assertThat(rules.check(buttons(valid(), many.toArray(Button[]::new)))).isEmpty();
    }

    static TemplateDraft name(TemplateDraft d, String name) {
        return new TemplateDraft(
                name,
                d.category(),
                d.language(),
                d.parameterFormat(),
                d.header(),
                d.body(),
                d.bodyExamples(),
                d.footer(),
                d.buttons());
    }

    static TemplateDraft category(TemplateDraft d, String category) {
        return new TemplateDraft(
                d.name(),
                category,
                d.language(),
                d.parameterFormat(),
                d.header(),
                d.body(),
                d.bodyExamples(),
                d.footer(),
                d.buttons());
    }

    static TemplateDraft language(TemplateDraft d, String language) {
        return new TemplateDraft(
                d.name(),
                d.category(),
                language,
                d.parameterFormat(),
                d.header(),
                d.body(),
                d.bodyExamples(),
                d.footer(),
                d.buttons());
    }

    static TemplateDraft format(TemplateDraft d, String format) {
        return new TemplateDraft(
                d.name(),
                d.category(),
                d.language(),
                format,
                d.header(),
                d.body(),
                d.bodyExamples(),
                d.footer(),
                d.buttons());
    }

    static TemplateDraft header(TemplateDraft d, Header header) {
        return new TemplateDraft(
                d.name(),
                d.category(),
                d.language(),
                d.parameterFormat(),
                header,
                d.body(),
                d.bodyExamples(),
                d.footer(),
                d.buttons());
    }

    static TemplateDraft body(TemplateDraft d, String body, List<String> examples) {
        return new TemplateDraft(
                d.name(),
                d.category(),
                d.language(),
                d.parameterFormat(),
                d.header(),
                body,
                examples,
                d.footer(),
                d.buttons());
    }

    static TemplateDraft footer(TemplateDraft d, String footer) {
        return new TemplateDraft(
                d.name(),
                d.category(),
                d.language(),
                d.parameterFormat(),
                d.header(),
                d.body(),
                d.bodyExamples(),
                footer,
                d.buttons());
    }

    static TemplateDraft buttons(TemplateDraft d, Button... buttons) {
        return new TemplateDraft(
                d.name(),
                d.category(),
                d.language(),
                d.parameterFormat(),
                d.header(),
                d.body(),
                d.bodyExamples(),
                d.footer(),
                List.of(buttons));
    }
}
