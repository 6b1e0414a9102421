import ZStackSDK

/// The server side of ``UpdateVmNicDriver``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vm-instances/{vmInstanceUuid}/actions`, asynchronous.
nonisolated enum UpdateVmNicDriverServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateVmNicDriver.operation, bodyWrapper: "updateVmNicDriver") { call in
            let body = try call.decodeBody(Body.self)
            let request = UpdateVmNicDriver.Request(
                vmInstanceUuid: try call.pathParameter("vmInstanceUuid", as: String.self),
                vmNicUuid: try call.required(body.wrapped?.vmNicUuid, .bodyField("updateVmNicDriver.vmNicUuid")),
                driverType: try call.required(body.wrapped?.driverType, .bodyField("updateVmNicDriver.driverType")),
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.updateVmNicDriver(request) }
        }
    }

    /// The JSON body of a request: `{"updateVmNicDriver": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "updateVmNicDriver")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let vmNicUuid: String?
            let driverType: String?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.vmNicUuid = try object.optionalValue(String.self, forKey: "vmNicUuid")
                self.driverType = try object.optionalValue(String.self, forKey: "driverType")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
