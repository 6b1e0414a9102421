/// An operation's responses, and the job path that asynchronous calls are polled at.
extension OpenAPIPaths {
    /// The documented reply (200, or 202 with the job's location for asynchronous endpoints,
    /// the reply then coming from the job), and the error statuses.
    func responses(_ endpoints: [Endpoint]) -> [JSONValue.Member] {
        var responses: [JSONValue.Member] = []
        let synchronous = endpoints.filter { $0.execution == .synchronous }
        let asynchronous = endpoints.filter { $0.execution == .asynchronous }
        if !synchronous.isEmpty {
            let status = synchronous[0].response?.status ?? 200
            let example = synchronous.count == 1 ? synchronous[0].examples.response?.body : nil
            responses.append(.init(key: String(status), value: .object([
                .init(key: "description", value: .string(replyDescription(synchronous))),
                .init(key: "content", value: json(anyOf(synchronous.map { ($0.operationID, reply($0)) }), example: example)),
            ])))
        }
        if !asynchronous.isEmpty {
            let accepted = model.settings.async
            var members: [JSONValue.Member] = [
                .init(key: "description", value: .string(
                    "Accepted: the call runs as a job. Poll the job's location with GET (\(jobPath)): 202 while it runs, "
                        + "then the reply below, or an error.")),
                .init(key: "content", value: json(OpenAPISchemas.object([
                    "type": .string("object"),
                    "properties": .object([.init(key: accepted.locationField, value: OpenAPISchemas.object(["type": .string("string"), "format": .string("uri")]))]),
                    "required": .array([.string(accepted.locationField)]),
                ]), example: nil)),
            ]
            members.append(.init(key: "x-apigen-job-reply", value: anyOf(asynchronous.map { ($0.operationID, reply($0)) })))
            responses.append(.init(key: String(accepted.acceptedStatus), value: .object(members)))
        }
        responses += errorResponses()
        return responses
    }

    /// The reply's description: the spec's, or for several endpoints one that says whose it is.
    func replyDescription(_ endpoints: [Endpoint]) -> String {
        if endpoints.count == 1 { return text.main(endpoints[0].response?.description ?? .empty) ?? "The reply." }
        return "The reply of the endpoint the body's top-level key names."
    }

    /// The API's error statuses, and 400 for a request the server cannot read (a missing
    /// authorization header, a parameter or body of the wrong shape), with the same body: what
    /// ZStack's REST server and apigen's generated servers answer.
    func errorResponses() -> [JSONValue.Member] {
        let errors = model.settings.errors
        let body = OpenAPISchemas.object([
            "type": .string("object"),
            "properties": .object([.init(key: errors.field, value: OpenAPISchemas.reference(errors.type))]),
        ])
        var responses: [JSONValue.Member] = []
        if !errors.statuses.contains(400) {
            responses.append(.init(key: "400", value: .object([
                .init(key: "description", value: .string(
                    "The request cannot be read: a required parameter or the authorization header is missing, or a value has the wrong type; `\(errors.field)` says which.")),
                .init(key: "content", value: json(body, example: nil)),
            ])))
        }
        for status in errors.statuses {
            responses.append(.init(key: String(status), value: .object([
                .init(key: "description", value: .string("The call failed; `\(errors.field)` says why.")),
                .init(key: "content", value: json(body, example: nil)),
            ])))
        }
        return responses
    }

    // MARK: - Jobs

    /// Where asynchronous calls are polled: the API's jobs path and the job's id.
    var jobPath: String { model.settings.async.jobsPath + "/{jobUuid}" }

    /// The job an asynchronous call's 202 points at.
    func jobOperation() -> JSONValue {
        .object([
            .init(key: "operationId", value: .string("pollAsynchronousJob")),
            .init(key: "summary", value: .string("The state of an asynchronous call's job")),
            .init(key: "description", value: .string(
                "Where the `\(model.settings.async.locationField)` of a 202 reply points. 202 while the job runs; then the "
                    + "call's reply (see `x-apigen-job-reply` of its 202) or its error; 404 when the job is unknown or expired.")),
            .init(key: "parameters", value: .array([OpenAPISchemas.object([
                "name": .string("jobUuid"), "in": .string("path"), "required": .bool(true),
                "schema": OpenAPISchemas.object(["type": .string("string")]),
            ])])),
            .init(key: "responses", value: .object([
                .init(key: "200", value: .object([
                    .init(key: "description", value: .string("The job is done: the call's reply.")),
                    .init(key: "content", value: json(OpenAPISchemas.object(["type": .string("object")]), example: nil)),
                ])),
                .init(key: String(model.settings.async.acceptedStatus), value: .object([
                    .init(key: "description", value: .string("The job is still running.")),
                ])),
                .init(key: "404", value: .object([.init(key: "description", value: .string("No such job, or it expired."))])),
            ] + errorResponses())),
            // ZStack's REST server answers a job's state without checking authorization, and so do apigen's servers.
            .init(key: "security", value: .array([])),
        ])
    }
}
