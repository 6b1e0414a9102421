import ZStackSDK

/// The server side of ``SetVmBootVolume``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vm-instances/{vmInstanceUuid}/actions`, asynchronous.
nonisolated enum SetVmBootVolumeServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: SetVmBootVolume.operation, bodyWrapper: "setVmBootVolume") { call in
            let body = try call.decodeBody(Body.self)
            let request = SetVmBootVolume.Request(
                vmInstanceUuid: try call.pathParameter("vmInstanceUuid", as: String.self),
                volumeUuid: try call.required(body.wrapped?.volumeUuid, .bodyField("setVmBootVolume.volumeUuid")),
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.setVmBootVolume(request) }
        }
    }

    /// The JSON body of a request: `{"setVmBootVolume": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "setVmBootVolume")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let volumeUuid: String?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.volumeUuid = try object.optionalValue(String.self, forKey: "volumeUuid")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
