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
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "setVmSoundType"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var soundType: SetVmSoundTypeSoundType?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case soundType = "soundType"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
