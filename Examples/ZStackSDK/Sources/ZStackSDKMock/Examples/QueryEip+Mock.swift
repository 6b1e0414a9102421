public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryEip``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryEipExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "a3390bf122eea96e35eb67e12149550e",
              "name": "name",
              "description": "description",
              "vmNicUuid": "f46090e1beabc6a4be3181586de913fd",
              "vipUuid": "4bdac0cfdc96037c6dbca54400d02ead",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM",
              "state": "state",
              "vipIp": "vipIp",
              "guestIp": "guestIp"
            }
          ],
          "total": 1
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func queryEip(
        _ request: QueryEip.Request
    ) async throws -> QueryEip.Response {
        try Self.example(QueryEip.Response.self, json: Self.queryEipExample)
    }
}
