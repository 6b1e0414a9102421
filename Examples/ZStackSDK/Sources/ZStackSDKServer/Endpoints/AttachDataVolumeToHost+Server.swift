import ZStackSDK

/// The server side of ``AttachDataVolumeToHost``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/volumes/{volumeUuid}/hosts/{hostUuid}`, asynchronous.
nonisolated enum AttachDataVolumeToHostServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AttachDataVolumeToHost.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = AttachDataVolumeToHost.Request(
                volumeUuid: try call.pathParameter("volumeUuid", as: String.self),
                hostUuid: try call.pathParameter("hostUuid", as: String.self),
                mountPath: try call.required(body.wrapped?.mountPath, .bodyField("params.mountPath")),
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.attachDataVolumeToHost(request) }
        }
    }

    /// The JSON body of a request: `{"params": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "params")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let mountPath: String?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.mountPath = try object.optionalValue(String.self, forKey: "mountPath")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
