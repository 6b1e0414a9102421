public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DetachEip``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let detachEipExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "551469787d032287f568e08b94a0c20a",
            "name": "name",
            "description": "description",
            "vmNicUuid": "04f6a5223110bde7c2214e5d4885f241",
            "vipUuid": "d3fa601f0903c437c449e78f2ec2848e",
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
    public func detachEip(
        _ request: DetachEip.Request
    ) async throws -> DetachEip.Response {
        try Self.example(DetachEip.Response.self, json: Self.detachEipExample)
    }
}
