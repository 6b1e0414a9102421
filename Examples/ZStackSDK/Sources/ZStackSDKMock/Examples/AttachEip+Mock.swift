public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``AttachEip``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let attachEipExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "b68b3a4d88507395b710511c1d5c111f",
            "name": "name",
            "description": "description",
            "vmNicUuid": "7bf918aca52cea75f3651ee1432efb6a",
            "vipUuid": "841a946432e7184179dfd586cab304f8",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "state": "state",
            "vipIp": "vipIp",
            "guestIp": "guestIp"
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func attachEip(
        _ request: AttachEip.Request
    ) async throws -> AttachEip.Response {
        try Self.example(AttachEip.Response.self, json: Self.attachEipExample)
    }
}
