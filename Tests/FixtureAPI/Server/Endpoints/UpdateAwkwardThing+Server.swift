import FixtureAPI

/// The server side of ``UpdateAwkwardThing``: reads a call's inputs and calls the handler.
///
/// `PUT /fixture/v1/things/{thing-uuid}/actions`, synchronous.
nonisolated enum UpdateAwkwardThingServerEndpoint: FixtureServerEndpointDefinition {
    static func endpoint(calling handler: some FixtureAPIHandler) -> FixtureServerEndpoint {
        FixtureServerEndpoint(operation: UpdateAwkwardThing.operation, bodyWrapper: "updateAwkwardThing") { call in
            let request = try call.decodeBody(wrapper: "updateAwkwardThing") { body in
                let `default` = try body.wrappedField(String.self, "default")
                let selfValue = try body.wrappedField(Int.self, "self")
                let type = try body.wrappedField(Bool.self, "Type")
                let _2fa = try body.wrappedField(Int64.self, "2fa")
                let `protocol` = try body.wrappedField(Double.self, "protocol")
                let hashValueField = try body.wrappedField(String.self, "hashValue")
                let initValue = try body.wrappedField(String.self, "init")
                let labels = try body.wrappedField([String: Int64].self, "labels")
                let extra = try body.wrappedField(FixtureJSONValue.self, "extra")
                let tags = try body.fieldBesideWrapper([String].self, "tags")
                let bodyFieldField = try body.wrappedField(String.self, "body")
                let requestField = try body.wrappedField(Int.self, "request")
                let bodyField = try body.wrappedField(Bool.self, "bodyField")
                return UpdateAwkwardThing.Request(
                    thingUuid: try call.pathParameter("thing-uuid", as: String.self),
                    default: try call.required(`default`, .bodyField("updateAwkwardThing.default")),
                    selfValue: selfValue,
                    type: type,
                    _2fa: _2fa,
                    protocol: `protocol`,
                    hashValueField: hashValueField,
                    initValue: initValue,
                    labels: labels,
                    extra: extra,
                    tags: tags,
                    body: bodyFieldField,
                    request: requestField,
                    bodyField: bodyField
                )
            }
            return { try await handler.updateAwkwardThing(request) }
        }
    }
}
