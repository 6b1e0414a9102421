import ZStackSDK

/// The server side of ``StartVmInstance``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous.
nonisolated enum StartVmInstanceServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: StartVmInstance.operation, bodyWrapper: "startVmInstance") { call in
            let body = try call.decodeBody(Body.self)
            let request = StartVmInstance.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                clusterUuid: body.wrapped?.clusterUuid,
                hostUuid: body.wrapped?.hostUuid,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.startVmInstance(request) }
        }
    }

    /// The JSON body of a request: `{"startVmInstance": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "startVmInstance")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let clusterUuid: String?
            let hostUuid: String?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.clusterUuid = try object.optionalValue(String.self, forKey: "clusterUuid")
                self.hostUuid = try object.optionalValue(String.self, forKey: "hostUuid")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
