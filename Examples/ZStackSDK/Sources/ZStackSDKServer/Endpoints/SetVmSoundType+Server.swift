import ZStackSDK

/// The server side of ``SetVmSoundType``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous.
nonisolated enum SetVmSoundTypeServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: SetVmSoundType.operation, bodyWrapper: "setVmSoundType") { call in
            let body = try call.decodeBody(Body.self)
            let request = SetVmSoundType.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                soundType: try call.required(body.wrapped?.soundType, .bodyField("setVmSoundType.soundType")),
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.setVmSoundType(request) }
        }
    }

    /// The JSON body of a request: `{"setVmSoundType": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "setVmSoundType")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let soundType: SetVmSoundTypeSoundType?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.soundType = try object.optionalValue(SetVmSoundTypeSoundType.self, forKey: "soundType")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
