import ZStackSDK

/// The server side of ``GetHostWebSshUrl``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/hosts/webssh`, asynchronous.
nonisolated enum GetHostWebSshUrlServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetHostWebSshUrl.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let uuid = try body.wrappedField(String.self, "uuid")
                let userName = try body.wrappedField(String.self, "userName")
                let password = try body.wrappedField(String.self, "password")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let https = try body.wrappedField(Bool.self, "https")
                return GetHostWebSshUrl.Request(
                    uuid: try call.required(uuid, .bodyField("params.uuid")),
                    userName: try call.required(userName, .bodyField("params.userName")),
                    password: try call.required(password, .bodyField("params.password")),
                    systemTags: systemTags,
                    userTags: userTags,
                    https: https
                )
            }
            return { try await handler.getHostWebSshUrl(request) }
        }
    }
}
