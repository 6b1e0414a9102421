import ZStackSDK

/// The server side of ``AttachL3NetworkToVm``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/vm-instances/{vmInstanceUuid}/l3-networks/{l3NetworkUuid}`, asynchronous.
nonisolated enum AttachL3NetworkToVmServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: AttachL3NetworkToVm.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = AttachL3NetworkToVm.Request(
                vmInstanceUuid: try call.pathParameter("vmInstanceUuid", as: String.self),
                l3NetworkUuid: try call.pathParameter("l3NetworkUuid", as: String.self),
                staticIp: body.wrapped?.staticIp,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                driverType: body.wrapped?.driverType,
                customMac: body.wrapped?.customMac,
                vmNicParams: body.wrapped?.vmNicParams
            )
            return { try await handler.attachL3NetworkToVm(request) }
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
            let staticIp: String?
            let systemTags: [String]?
            let userTags: [String]?
            let driverType: String?
            let customMac: String?
            let vmNicParams: String?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.staticIp = try object.optionalValue(String.self, forKey: "staticIp")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
                self.driverType = try object.optionalValue(String.self, forKey: "driverType")
                self.customMac = try object.optionalValue(String.self, forKey: "customMac")
                self.vmNicParams = try object.optionalValue(String.self, forKey: "vmNicParams")
            }
        }
    }
}
