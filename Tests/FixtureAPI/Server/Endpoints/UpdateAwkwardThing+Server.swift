import FixtureAPI

/// The server side of ``UpdateAwkwardThing``: reads a call's inputs and calls the handler.
///
/// `PUT /fixture/v1/things/{thing-uuid}/actions`, synchronous.
nonisolated enum UpdateAwkwardThingServerEndpoint: FixtureServerEndpointDefinition {
    static func endpoint(calling handler: some FixtureAPIHandler) -> FixtureServerEndpoint {
        FixtureServerEndpoint(operation: UpdateAwkwardThing.operation, bodyWrapper: "updateAwkwardThing") { call in
            let body = try call.decodeBody(Body.self)
            let request = UpdateAwkwardThing.Request(
                thingUuid: try call.pathParameter("thing-uuid", as: String.self),
                default: try call.required(body.wrapped?.default, .bodyField("updateAwkwardThing.default")),
                selfValue: body.wrapped?.selfValue,
                type: body.wrapped?.type,
                _2fa: body.wrapped?._2fa,
                protocol: body.wrapped?.protocol,
                hashValueField: body.wrapped?.hashValueField,
                initValue: body.wrapped?.initValue,
                labels: body.wrapped?.labels,
                extra: body.wrapped?.extra,
                tags: body.tags ?? body.wrapped?.tags
            )
            return { try await handler.updateAwkwardThing(request) }
        }
    }

    /// The JSON body of a request: `{"updateAwkwardThing": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var tags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "updateAwkwardThing"
            case tags = "tags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var `default`: String?
            var selfValue: Int?
            var type: Bool?
            var _2fa: Int64?
            var `protocol`: Double?
            var hashValueField: String?
            var initValue: String?
            var labels: [String: Int64]?
            var extra: FixtureJSONValue?
            var tags: [String]?

            private enum CodingKeys: String, CodingKey {
                case `default` = "default"
                case selfValue = "self"
                case type = "Type"
                case _2fa = "2fa"
                case `protocol` = "protocol"
                case hashValueField = "hashValue"
                case initValue = "init"
                case labels = "labels"
                case extra = "extra"
                case tags = "tags"
            }
        }
    }
}
