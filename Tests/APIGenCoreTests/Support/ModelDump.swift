import APIGenCore

/// A deterministic, human-readable text of an `APIModel`: every setting, endpoint, field,
/// type and example, indented by two spaces a level, with where each element was written.
/// Snapshot tests compare it, so any change to what the front end produces shows as a diff.
final class ModelDump {
    private var lines: [String] = []
    private var level = 0

    static func text(of model: APIModel) -> String {
        let dump = ModelDump()
        dump.settings(model.settings)
        for endpoint in model.endpoints { dump.endpoint(endpoint) }
        for type in model.types { dump.type(type) }
        return dump.lines.joined(separator: "\n")
    }

    // MARK: - Parts of the model

    private func settings(_ settings: APISettings) {
        line("api \(settings.name)")
        nested {
            text("title", settings.title)
            line("locales: \(settings.locales.joined(separator: ", "))")
            line("auth: header \(quoted(settings.auth.header)), value \(quoted(settings.auth.value))")
            let timestamps = settings.timestamps
            line("timestamps: format \(quoted(timestamps.format)), locale \(timestamps.locale), time zone \(timestamps.timeZone)")
            line("async: accepted status \(settings.async.acceptedStatus), location field \(quoted(settings.async.locationField))")
            let errors = settings.errors
            line("errors: status \(errors.statuses.map(String.init).joined(separator: ", ")), field \(quoted(errors.field)), type \(errors.type)")
        }
    }

    private func endpoint(_ endpoint: Endpoint) {
        line("endpoint \(endpoint.operationID) @ \(endpoint.origin.location)")
        nested {
            text("title", endpoint.title)
            text("description", endpoint.description)
            if !endpoint.category.isEmpty { line("category: \(endpoint.category.map(quoted).joined(separator: " > "))") }
            if let since = endpoint.since { line("since: \(quoted(since))") }
            deprecation(endpoint.deprecation)
            line("\(endpoint.method.rawValue) \(endpoint.path)")
            line("execution: \(endpoint.execution.rawValue), auth: \(endpoint.auth.rawValue)")
            fields("path-parameters", endpoint.pathParameters)
            fields("query-parameters", endpoint.queryParameters)
            fields("headers", endpoint.headers)
            if let body = endpoint.body {
                line("body" + (body.wrapper.map { " wrapped in \(quoted($0))" } ?? ""))
                nested { for field in body.fields { self.field(field) } }
            }
            if let response = endpoint.response {
                line("response \(response.status)")
                nested {
                    text("description", response.description)
                    for field in response.fields { self.field(field) }
                }
            }
            examples(endpoint.examples)
            for entry in endpoint.history {
                line("history \(quoted(entry.version))")
                nested { text("description", entry.description) }
            }
        }
    }

    private func type(_ type: NamedType) {
        switch type.kind {
        case .object(let fields):
            line("object \(type.name) @ \(type.origin.location)")
            nested {
                text("description", type.description)
                for field in fields { self.field(field) }
            }
        case .enumeration(let values):
            line("enum \(type.name) @ \(type.origin.location)")
            nested {
                text("description", type.description)
                for value in values {
                    line("value \(quoted(value.value)) @ \(value.origin.location)")
                    nested { text("description", value.description) }
                }
            }
        }
    }

    private func fields(_ title: String, _ fields: [Field]) {
        guard !fields.isEmpty else { return }
        line(title)
        nested { for field in fields { self.field(field) } }
    }

    private func field(_ field: Field) {
        var badges: [String] = []
        if field.isRequired { badges.append("required") }
        if field.isNullable { badges.append("nullable") }
        if field.isOutsideWrapper { badges.append("outside-wrapper") }
        let type = field.typeSpelling == field.type.spelling ? field.type.spelling : "\(field.type.spelling) (written \(field.typeSpelling))"
        line("field \(quoted(field.name)): \(([type] + badges).joined(separator: ", ")) @ \(field.origin.location)")
        nested {
            text("description", field.description)
            if let since = field.since { line("since: \(quoted(since))") }
            deprecation(field.deprecation)
            if let value = field.defaultValue { line("default: \(value.compactText)") }
            if let value = field.example { line("example: \(value.compactText)") }
        }
    }

    private func examples(_ examples: Endpoint.Examples) {
        if let request = examples.request {
            line("request example")
            nested {
                for (part, members) in [("path", request.path), ("query", request.query), ("headers", request.headers)] where !members.isEmpty {
                    line("\(part): \(JSONValue.object(members).compactText)")
                }
                if let body = request.body { line("body: \(body.compactText)") }
            }
        }
        if let response = examples.response {
            line("response example \(response.status)")
            nested { if let body = response.body { line("body: \(body.compactText)") } }
        }
    }

    private func deprecation(_ deprecation: Deprecation?) {
        guard let deprecation else { return }
        line("deprecated" + (deprecation.since.map { " since \(quoted($0))" } ?? ""))
        nested { text("message", deprecation.message) }
    }

    // MARK: - Lines

    /// `title: en "Get VM", zh-CN "获取云主机"`, locales sorted; nothing for empty text.
    private func text(_ label: String, _ text: LocalizedText) {
        guard !text.isEmpty else { return }
        let translations = text.translations.sorted { $0.key < $1.key }.map { "\($0.key) \(quoted($0.value))" }
        line("\(label): \(translations.joined(separator: ", "))")
    }

    private func quoted(_ text: String) -> String { JSONValue.quoted(text) }

    private func line(_ text: String) {
        lines.append(String(repeating: "  ", count: level) + text)
    }

    private func nested(_ body: () -> Void) {
        level += 1
        body()
        level -= 1
    }
}
