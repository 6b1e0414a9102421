public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``UpdateCertificate``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let updateCertificateExample = #"""
        {
          "success": true,
          "inventory": {
            "name": "name",
            "uuid": "73fb059d47caae9ad5974bf065fe8003",
            "certificate": "certificate",
            "description": "description",
            "listeners": [
              {
                "id": 1,
                "listenerUuid": "e8f7a9606899180cc90c8f8ce04dc4f8",
                "certificateUuid": "f3622537e8e84caa92285636a2500240",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM"
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func updateCertificate(
        _ request: UpdateCertificate.Request
    ) async throws -> UpdateCertificate.Response {
        try Self.example(UpdateCertificate.Response.self, json: Self.updateCertificateExample)
    }
}
