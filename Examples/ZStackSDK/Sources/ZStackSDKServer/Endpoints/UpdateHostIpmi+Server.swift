import ZStackSDK

/// The server side of ``UpdateHostIpmi``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/hosts/ipmi/{uuid}/actions`, asynchronous.
nonisolated enum UpdateHostIpmiServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateHostIpmi.operation, bodyWrapper: "updateHostIpmi") { call in
            let request = try call.decodeBody(wrapper: "updateHostIpmi") { body in
                let ipmiAddress = try body.wrappedField(String.self, "ipmiAddress")
                let ipmiUsername = try body.wrappedField(String.self, "ipmiUsername")
                let ipmiPassword = try body.wrappedField(String.self, "ipmiPassword")
                let ipmiPort = try body.wrappedField(Int.self, "ipmiPort")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return UpdateHostIpmi.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    ipmiAddress: ipmiAddress,
                    ipmiUsername: ipmiUsername,
                    ipmiPassword: ipmiPassword,
                    ipmiPort: ipmiPort,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.updateHostIpmi(request) }
        }
    }
}
