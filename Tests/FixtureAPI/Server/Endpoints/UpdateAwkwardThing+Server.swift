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
        let wrapped: Wrapped?
        let tags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: FixtureServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "updateAwkwardThing")
            self.tags = try object.optionalValue([String].self, forKey: "tags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let `default`: String?
            let selfValue: Int?
            let type: Bool?
            let _2fa: Int64?
            let `protocol`: Double?
            let hashValueField: String?
            let initValue: String?
            let labels: [String: Int64]?
            let extra: FixtureJSONValue?
            let tags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: FixtureServerCodingKey.self)
                self.`default` = try object.optionalValue(String.self, forKey: "default")
                self.selfValue = try object.optionalValue(Int.self, forKey: "self")
                self.type = try object.optionalValue(Bool.self, forKey: "Type")
                self._2fa = try object.optionalValue(Int64.self, forKey: "2fa")
                self.`protocol` = try object.optionalValue(Double.self, forKey: "protocol")
                self.hashValueField = try object.optionalValue(String.self, forKey: "hashValue")
                self.initValue = try object.optionalValue(String.self, forKey: "init")
                self.labels = try object.optionalValue([String: Int64].self, forKey: "labels")
                self.extra = try object.optionalValue(FixtureJSONValue.self, forKey: "extra")
                self.tags = try object.optionalValue([String].self, forKey: "tags")
            }
        }
    }
}
