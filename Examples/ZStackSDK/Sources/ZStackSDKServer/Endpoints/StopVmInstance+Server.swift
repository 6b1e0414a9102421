import ZStackSDK

/// The server side of ``StopVmInstance``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous.
nonisolated enum StopVmInstanceServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: StopVmInstance.operation, bodyWrapper: "stopVmInstance") { call in
            let body = try call.decodeBody(Body.self)
            let request = StopVmInstance.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                type: body.wrapped?.type,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                stopHA: body.wrapped?.stopHA
            )
            return { try await handler.stopVmInstance(request) }
        }
    }

    /// The JSON body of a request: `{"stopVmInstance": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "stopVmInstance")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let type: StopVmInstanceTypeValue?
            let systemTags: [String]?
            let userTags: [String]?
            let stopHA: String?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.type = try object.optionalValue(StopVmInstanceTypeValue.self, forKey: "type")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
                self.stopHA = try object.optionalValue(String.self, forKey: "stopHA")
            }
        }
    }
}
